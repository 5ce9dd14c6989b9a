import Testing
@testable import MarginaliaCore

/// Words for selection refinement, and snapping ranges to them.
@Suite struct WordSegmenterTests {
    func words(_ text: String) -> [String] {
        let scalars = ScalarText(text)
        return WordSegmenter.words(in: text).map { scalars.string($0) }
    }

    @Test func splitsWordsAndPunctuation() {
        #expect(words("Hello, world! It’s post-WWII (U.S) 3.5%.") ==
            ["Hello", ",", "world", "!", "It’s", "post-WWII", "(", "U.S", ")", "3.5", "%."])
    }

    @Test func keepsGraphemeClustersWhole() {
        let text = "cafe\u{301} 👍🏽 na\u{308}ive"
        #expect(words(text) == ["cafe\u{301}", "👍🏽", "na\u{308}ive"])
        let ranges = WordSegmenter.words(in: text)
        #expect(ranges == [0..<5, 6..<8, 9..<15])
    }

    @Test func snapsARangeOutToWholeWords() {
        let text = "The quick brown fox jumps"
        let words = WordSegmenter.words(in: text)
        // "ick bro" -> "quick brown"
        #expect(WordSegmenter.snapped(6..<13, words: words) == 4..<15)
        // "  quick " with spaces around -> "quick"
        #expect(WordSegmenter.snapped(3..<10, words: words) == 4..<9)
        // Only spaces: empty.
        #expect(WordSegmenter.snapped(9..<10, words: words).isEmpty)
    }
}
