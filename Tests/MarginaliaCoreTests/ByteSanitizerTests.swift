import Testing
@testable import MarginaliaCore

@Suite struct ByteSanitizerTests {
    func clean(_ bytes: [UInt8]) -> (String, ByteSanitizer.Report) {
        var copy = bytes
        let report = ByteSanitizer.sanitize(&copy)
        return (String(decoding: copy, as: UTF8.self), report)
    }

    @Test func validTextPassesUnchanged() {
        let text = "Plain ASCII, “quotes”, café, 한국어, 🇰🇷 and\ttabs\nlines.\n"
        let (out, report) = clean(Array(text.utf8))
        #expect(out == text)
        #expect(report == ByteSanitizer.Report())
    }

    @Test func overlongAndSurrogateEncodingsAreInvalid() {
        // C0 80 (overlong NUL), ED A0 80 (a UTF-16 surrogate), F4 90 80 80 (above U+10FFFF).
        let (out, report) = clean([0x61, 0xC0, 0x80, 0x62, 0xED, 0xA0, 0x80, 0x63, 0xF4, 0x90, 0x80, 0x80, 0x64])
        #expect(out.unicodeScalars.filter { $0 == "\u{FFFD}" }.count == report.invalidSequences)
        #expect(out.hasPrefix("a\u{FFFD}"))
        #expect(out.contains("b") && out.contains("c") && out.hasSuffix("d"))
        #expect(report.invalidSequences >= 3)
    }

    @Test func aTruncatedSequenceAtTheEndIsOneReplacement() {
        let (out, report) = clean(Array("end ".utf8) + [0xE2, 0x80])
        #expect(out == "end \u{FFFD}")
        #expect(report.invalidSequences == 1)
    }

    @Test func anUnterminatedOSCStopsAtTheLineEnd() {
        let (out, report) = clean(Array("a\u{1B}]0;title without end\nnext line".utf8))
        #expect(out == "a\nnext line")
        #expect(report.escapeSequences == 1)
    }

    @Test func warningsDescribeEachRepair() {
        var report = ByteSanitizer.Report()
        report.invalidSequences = 1
        report.escapeSequences = 2
        report.controlCharacters = 1
        #expect(report.warnings == [
            "replaced 1 invalid UTF-8 sequence with U+FFFD", "removed 2 terminal escape sequences", "removed 1 control character",
        ])
    }
}

@Suite struct TextWrapperTests {
    @Test func wrapsAtSpacesWithinTheWidth() {
        #expect(TextWrapper.wrap("the quick brown fox jumps", width: 10) == ["the quick", "brown fox", "jumps"])
    }

    @Test func measuresDisplayWidthNotCharacters() {
        let lines = TextWrapper.wrap("한국어 한국어 한국어", width: 13)
        #expect(lines == ["한국어 한국어", "한국어"])
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 13 })
    }

    @Test func splitsLongWordsBetweenGraphemeClusters() {
        let word = String(repeating: "e\u{301}", count: 7) + "🇰🇷🇰🇷"
        let lines = TextWrapper.wrap(word, width: 4)
        #expect(lines.joined() == word)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 4 })
        #expect(lines.allSatisfy { !$0.unicodeScalars.first!.properties.isGraphemeExtend })
    }

    @Test func keepsEmptyLines() {
        #expect(TextWrapper.wrap("a\n\nb", width: 5) == ["a", "", "b"])
        #expect(TextWrapper.wrap("", width: 5) == [""])
    }

    @Test func terminalSafeTextDropsControlsAndBidiOverrides() {
        let text = "a\u{1B}[31mb\u{85}c\u{202E}d\u{2066}e\tf\n"
        #expect(TerminalSafeText.clean(text) == "a[31mbcde\tf\n")
        #expect(TerminalSafeText.clean(text, removingBidiControls: false) == "a[31mbc\u{202E}d\u{2066}e\tf\n")
        // Directional marks go too, as in the reader (which shares the predicate); Hebrew letters stay.
        #expect(TerminalSafeText.clean("\u{5D0}\u{200F}x\u{200E}y\u{61C}") == "\u{5D0}xy")
    }
}
