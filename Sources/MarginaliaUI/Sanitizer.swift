import MarginaliaCore

/// Turns untrusted text into what may be drawn: no C0 or C1 control, no escape, no bidi override ever
/// reaches the terminal.
///
/// Controls become visible Unicode control pictures (ESC shows as `␛`), C1 codes become `�`, bidi
/// embedding / override / isolate marks are dropped, and a combining mark with nothing to combine with is
/// drawn on a dotted circle. Widths come from `DisplayWidth`, per grapheme cluster.
public enum Sanitizer {
    /// A drawable grapheme: its sanitised text and the columns it takes (0, 1 or 2).
    public struct Glyph: Equatable, Sendable {
        /// The text to draw.
        public var text: String
        /// Its width in columns.
        public var width: Int
    }

    /// The drawable form of one grapheme cluster of content. Tabs and line breaks are the layout's job;
    /// here they become a single space.
    public static func glyph(for character: Character) -> Glyph {
        if let ascii = character.asciiValue {
            if ascii >= 0x20 && ascii < 0x7F { return Glyph(text: String(character), width: 1) }
        }
        var unsafe = false
        for scalar in character.unicodeScalars where needsReplacement(scalar) {
            unsafe = true
            break
        }
        if unsafe {
            var text = ""
            for scalar in character.unicodeScalars {
                if let replacement = replacement(for: scalar) { text += replacement } else if !isDropped(scalar) {
                    text.unicodeScalars.append(scalar)
                }
            }
            if text.isEmpty { return Glyph(text: "", width: 0) }
            let width = text.reduce(0) { $0 + DisplayWidth.of($1) }
            return Glyph(text: text, width: width)
        }
        let width = DisplayWidth.of(character)
        if width == 0 {
            // A mark at the start of a cluster has no base: draw it on a dotted circle, as fonts do.
            if let first = character.unicodeScalars.first, first.properties.generalCategory == .nonspacingMark
                || first.properties.generalCategory == .enclosingMark || first.properties.generalCategory == .spacingMark
            {
                return Glyph(text: "\u{25CC}" + String(character), width: 1)
            }
            return Glyph(text: "", width: 0)
        }
        return Glyph(text: String(character), width: width)
    }

    /// Sanitises a whole string for one-line display (titles, authors, messages): controls made visible.
    public static func displayString(_ text: String) -> String {
        var result = ""
        for character in text {
            if character == "\t" || character.isNewline { result += " "; continue }
            result += glyph(for: character).text
        }
        return result
    }

    static func needsReplacement(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v < 0x20 || (v >= 0x7F && v < 0xA0) || isDropped(scalar) || v == 0x2028 || v == 0x2029
    }

    static func isDropped(_ scalar: Unicode.Scalar) -> Bool { TerminalSafeText.isBidiControl(scalar) }

    static func replacement(for scalar: Unicode.Scalar) -> String? {
        let v = scalar.value
        switch v {
        case 0x09, 0x0A, 0x0D, 0x2028, 0x2029: return " "
        case 0x00..<0x20: return String(Unicode.Scalar(0x2400 + v)!)
        case 0x7F: return "\u{2421}"
        case 0x80..<0xA0: return "\u{FFFD}"
        default: return nil
        }
    }
}
