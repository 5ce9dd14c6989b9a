/// Makes untrusted text safe to write to a terminal: control characters (C0 except newline and tab, DEL,
/// C1) are removed, and bidi controls (`isBidiControl`), which can make text display in a different order
/// than it is stored, are dropped when `bidi` is set.
public enum TerminalSafeText {
    /// The text without characters a terminal would interpret.
    public static func clean(_ text: String, removingBidiControls bidi: Bool = true) -> String {
        guard text.unicodeScalars.contains(where: { isUnsafe($0, bidi: bidi) }) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars where !isUnsafe(scalar, bidi: bidi) { scalars.append(scalar) }
        return String(scalars)
    }

    /// Whether a scalar must not reach the terminal.
    public static func isUnsafe(_ scalar: Unicode.Scalar, bidi: Bool) -> Bool {
        let value = scalar.value
        if value < 0x20 { return value != 0x0A && value != 0x09 }
        if value >= 0x7F && value < 0xA0 { return true }
        return bidi && isBidiControl(scalar)
    }

    /// Bidi embeddings, overrides and isolates (U+202A-U+202E, U+2066-U+2069) and the directional marks
    /// (U+200E, U+200F, U+061C): never drawn, by the CLI on a terminal or by the reader.
    public static func isBidiControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x202A...0x202E, 0x2066...0x2069, 0x200E, 0x200F, 0x061C: true
        default: false
        }
    }
}
