import Testing
@testable import MarginaliaUI

@Suite struct SanitizerTests {
    func isSafe(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { s in
            let v = s.value
            return !(v < 0x20 || (v >= 0x7F && v < 0xA0) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v))
        }
    }

    @Test func escapeSequencesBecomeVisibleAndHarmless() {
        let text = "A\u{1B}[2JB\u{1B}]0;title\u{07}C\u{9B}31mD\u{202E}evil\u{202C}"
        let shown = Sanitizer.displayString(text)
        #expect(isSafe(shown))
        #expect(shown == "A␛[2JB␛]0;title␇C\u{FFFD}31mDevil")
    }

    @Test func everyGlyphOfHostileTextIsSafe() {
        var text = ""
        for v in 0..<0x100 { text.unicodeScalars.append(Unicode.Scalar(v)!) }
        text += "\u{2066}\u{2067}\u{2068}\u{2069}\u{200E}\u{200F}"
        for character in text { #expect(isSafe(Sanitizer.glyph(for: character).text)) }
    }

    @Test func widthsFollowGraphemeClusters() {
        #expect(Sanitizer.glyph(for: "한").width == 2)
        #expect(Sanitizer.glyph(for: "👍🏽").width == 2)
        #expect(Sanitizer.glyph(for: "e\u{301}").width == 1)
        #expect(Sanitizer.glyph(for: "\u{301}") == .init(text: "\u{25CC}\u{301}", width: 1))
    }
}
