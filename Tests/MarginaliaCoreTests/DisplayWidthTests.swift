import Testing
@testable import MarginaliaCore

@Suite struct DisplayWidthTests {
    @Test(arguments: [
        ("a", 1), ("é", 1), ("e\u{301}", 1), ("한", 2), ("中", 2), ("ｱ", 1), ("Ａ", 2),
        ("😀", 2), ("👩‍👩‍👧", 2), ("🇰🇷", 2), ("❤️", 2), ("\u{200B}", 0), ("\u{301}", 0), ("\u{7}", 0),
    ])
    func characterWidths(text: String, width: Int) {
        #expect(text.count == 1)
        #expect(DisplayWidth.of(text) == width)
    }

    @Test func mixedTextSumsClusterWidths() {
        #expect(DisplayWidth.of("안녕 world 👋🏽") == 2 + 2 + 1 + 5 + 1 + 2)
        #expect(DisplayWidth.of("") == 0)
    }

    @Test func wideTableIsSortedAndDisjoint() {
        let ranges = DisplayWidth.wideRanges
        for (a, b) in zip(ranges, ranges.dropFirst()) {
            #expect(a.upperBound < b.lowerBound)
        }
    }
}
