/// Wraps text to a width in terminal columns (measured with `DisplayWidth`), breaking at spaces and never
/// inside a grapheme cluster; a word wider than the line is split between clusters.
public enum TextWrapper {
    /// The lines of `text` wrapped to `width` columns (at least 1). Newlines in the text start new lines.
    public static func wrap(_ text: String, width: Int) -> [String] {
        let width = max(1, width)
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            wrapLine(paragraph, width: width, into: &lines)
        }
        return lines
    }

    private static func wrapLine(_ text: Substring, width: Int, into lines: inout [String]) {
        var line = ""
        var lineWidth = 0
        var produced = false
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            let wordWidth = DisplayWidth.of(word)
            if lineWidth > 0 && lineWidth + 1 + wordWidth <= width {
                line += " " + word
                lineWidth += 1 + wordWidth
                continue
            }
            if lineWidth > 0 {
                lines.append(line)
                produced = true
                line = ""
                lineWidth = 0
            }
            if wordWidth <= width {
                line = String(word)
                lineWidth = wordWidth
                continue
            }
            // A word longer than the line: cut between grapheme clusters.
            for character in word {
                let characterWidth = DisplayWidth.of(character)
                if lineWidth + characterWidth > width && lineWidth > 0 {
                    lines.append(line)
                    produced = true
                    line = ""
                    lineWidth = 0
                }
                line.append(character)
                lineWidth += characterWidth
            }
        }
        if lineWidth > 0 || !line.isEmpty || !produced { lines.append(line) }
    }
}
