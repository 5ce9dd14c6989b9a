/// Escapes untrusted text (quotes, notes, titles) so that it reads as plain text in Markdown and cannot
/// change the document's structure in CommonMark, Obsidian or Logseq.
///
/// Every character that can start markup anywhere (emphasis, code, links, HTML, tags, tables, highlights,
/// math, comments, entity references) is backslash-escaped; characters that start a block only at the
/// start of a line (`-`, `+`, ordered-list numbers) are escaped there, and `::` (a Logseq property). Leading spaces
/// are dropped so a line can never become indented code.
enum MarkdownEscaping {
    /// Characters escaped wherever they appear.
    private static let inline: Set<Unicode.Scalar> = [
        "\\", "`", "*", "_", "[", "]", "<", ">", "#", "|", "~", "=", "$", "%", "&", "^", "{", "}",
    ]

    /// One line of text (no line breaks in it) escaped.
    static func line(_ text: Substring) -> String {
        var out = String.UnicodeScalarView()
        var scalars = text.unicodeScalars[...]
        while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() }
        var atStart = true
        var digitsAtStart = true
        for scalar in scalars {
            if atStart, scalar == "-" || scalar == "+" {
                out.append("\\")
            } else if scalar == ":", out.last == ":" {
                // `key:: value` would make a Logseq property.
                out.append("\\")
            } else if digitsAtStart, !atStart, scalar == "." || scalar == ")",
                      let last = out.last, ("0"..."9").contains(last) {
                out.append("\\")
            } else if inline.contains(scalar) {
                out.append("\\")
            }
            if !("0"..."9").contains(scalar) { digitsAtStart = false }
            atStart = false
            out.append(scalar == "\t" ? " " : scalar)
        }
        return String(out)
    }

    /// The text's lines, each escaped (`\r\n`, `\r` and `\n` all end a line).
    static func lines(_ text: String) -> [String] {
        text.replacingLineEnds().split(separator: "\n", omittingEmptySubsequences: false).map(line)
    }

    /// Text made into one escaped line (line breaks become spaces), for headings and list items.
    static func singleLine(_ text: String) -> String {
        line(Substring(text.replacingLineEnds().split(separator: "\n").joined(separator: " ")))
    }

    /// A tag name as an Obsidian/Logseq `#tag`: hierarchy kept with `/`; spaces become `-`; characters a tag
    /// cannot hold (punctuation other than `/`, `-`, `_`) are dropped.
    static func hashtag(_ name: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in name.unicodeScalars {
            if scalar == " " {
                out.append("-")
            } else if scalar == "/" || scalar == "-" || scalar == "_" || scalar.properties.isAlphabetic
                        || scalar.properties.numericType != nil || scalar.properties.isEmojiPresentation {
                out.append(scalar)
            }
        }
        let tag = String(out)
        return "#" + (tag.isEmpty ? "tag" : tag)
    }
}

extension String {
    /// The string with `\r\n` and lone `\r` turned into `\n`.
    func replacingLineEnds() -> String {
        guard utf8.contains(0x0D) else { return self }
        var out = String.UnicodeScalarView()
        var previousCR = false
        for scalar in unicodeScalars {
            if scalar == "\r" {
                out.append("\n")
                previousCR = true
                continue
            }
            if scalar == "\n", previousCR {
                previousCR = false
                continue
            }
            previousCR = false
            out.append(scalar)
        }
        return String(out)
    }
}
