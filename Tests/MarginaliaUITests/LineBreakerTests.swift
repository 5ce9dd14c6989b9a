import MarginaliaCore
import Testing
@testable import MarginaliaUI

@Suite struct LineBreakerTests {
    func texts(_ text: String, width: Int) -> [String] {
        LineBreaker.wrap(text, width: width).map { String(text[$0.startIndex..<$0.endIndex]) }
    }

    @Test func wrapsAtSpacesWithinTheWidth() {
        #expect(texts("the quick brown fox jumps", width: 10) == ["the quick", "brown fox", "jumps"])
    }

    @Test func breaksAWordLongerThanTheLine() {
        #expect(texts("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
    }

    @Test func wrapsCJKWithoutSpacesBetweenCharacters() {
        let lines = texts("北朝鮮は事実上ルビコン川を渡った", width: 10)
        #expect(lines == ["北朝鮮は事", "実上ルビコ", "ン川を渡っ", "た"])
        for line in lines { #expect(DisplayWidth.of(line) <= 10) }
    }

    @Test func wrapsHangulByWordsAndNeverExceedsTheWidth() {
        let text = "북한은 사실상 루비콘 강을 건넜다. 유럽은 전통적으로 북한의 서방 관문이었다."
        for width in [5, 7, 12, 20] {
            for line in texts(text, width: width) { #expect(DisplayWidth.of(line) <= width) }
        }
        #expect(texts(text, width: 20).first == "북한은 사실상 루비콘")
    }

    @Test func neverSplitsEmojiClusters() {
        let family = "👨‍👩‍👧"
        let flag = "🇰🇷"
        let text = "a\(family)\(flag)e\u{301}\(family)"
        let lines = texts(text, width: 3)
        #expect(lines == ["a\(family)", "\(flag)e\u{301}", family])
        #expect(lines.joined() == text)
    }

    @Test func recordsScalarOffsets() {
        let lines = LineBreaker.wrap("é\u{301}x yz", width: 3)
        #expect(lines.map(\.start) == [0, 4])
        #expect(lines.map(\.end) == [3, 6])
    }

    @Test func emptyTextIsOneEmptyLine() {
        #expect(texts("", width: 10) == [""])
    }

    @Test func widthOneStillTerminates() {
        #expect(texts("漢字", width: 1) == ["漢", "字"])
    }
}
