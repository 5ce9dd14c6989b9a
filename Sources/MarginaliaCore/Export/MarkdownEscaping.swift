/// Escapes untrusted text (quotes, notes, titles) so that it reads as plain text in Markdown and cannot
/// change the document's structure in CommonMark, Obsidian or Logseq.
///
/// Every character that can start markup anywhere (emphasis, code, links, HTML, tags, tables, highlights,
/// math, comments, entity references) is backslash-escaped; characters that start a block only at the
/// start of a line (`-`, `+`, ordered-list numbers) are escaped there, and `::` (a Logseq property).
/// Leading spaces are dropped so a line can never become indented code. Works on UTF-8 bytes: every
/// character concerned is ASCII, and this runs over every quote and note of an export.
enum MarkdownEscaping {
    /// Bytes escaped wherever they appear: \ ` * _ [ ] < > # | ~ = $ % & ^ { }
    private static let inline: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for byte in "\\`*_[]<>#|~=$%&^{}".utf8 { table[Int(byte)] = true }
        return table
    }()

    /// Appends one line (bytes without line breaks) escaped.
    static func appendLine(_ line: UnsafeBufferPointer<UInt8>, to out: inout [UInt8]) {
        var index = 0
        while index < line.count, line[index] == 0x20 || line[index] == 0x09 { index += 1 }
        let first = index
        var digitsOnly = true
        var previous: UInt8 = 0
        while index < line.count {
            let byte = line[index]
            if inline[Int(byte)] {
                out.append(UInt8(ascii: "\\"))
            } else if index == first, byte == UInt8(ascii: "-") || byte == UInt8(ascii: "+") {
                out.append(UInt8(ascii: "\\"))
            } else if byte == UInt8(ascii: ":"), previous == UInt8(ascii: ":") {
                out.append(UInt8(ascii: "\\"))  // `key:: value` would make a Logseq property
            } else if digitsOnly, index > first, byte == UInt8(ascii: ".") || byte == UInt8(ascii: ")") {
                out.append(UInt8(ascii: "\\"))  // `1.` or `1)` would start an ordered list
            }
            if byte < 48 || byte > 57 { digitsOnly = false }
            out.append(byte == 0x09 ? 0x20 : byte)
            previous = byte
            index += 1
        }
    }

    /// Calls `body` with each line of the text (`\r\n`, `\r` and `\n` all end a line).
    static func forEachLine(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var copy = text
        copy.withUTF8 { utf8 in
            var start = 0
            var index = 0
            while index < utf8.count {
                let byte = utf8[index]
                if byte == 0x0A || byte == 0x0D {
                    body(UnsafeBufferPointer(rebasing: utf8[start..<index]))
                    if byte == 0x0D, index + 1 < utf8.count, utf8[index + 1] == 0x0A { index += 1 }
                    start = index + 1
                }
                index += 1
            }
            body(UnsafeBufferPointer(rebasing: utf8[start..<utf8.count]))
        }
    }

    /// Appends the text made into one escaped line (line breaks become spaces), for headings and names.
    static func appendSingleLine(_ text: String, to out: inout [UInt8]) {
        var first = true
        forEachLine(text) { line in
            if !first { out.append(0x20) }
            first = false
            appendLine(line, to: &out)
        }
    }

    /// One line escaped, as a string.
    static func line(_ text: Substring) -> String {
        var out: [UInt8] = []
        var copy = String(text)
        copy.withUTF8 { appendLine($0, to: &out) }
        return String(decoding: out, as: UTF8.self)
    }

    /// The text's lines, each escaped.
    static func lines(_ text: String) -> [String] {
        var result: [String] = []
        forEachLine(text) { line in
            var out: [UInt8] = []
            appendLine(line, to: &out)
            result.append(String(decoding: out, as: UTF8.self))
        }
        return result
    }

    /// Text made into one escaped line.
    static func singleLine(_ text: String) -> String {
        var out: [UInt8] = []
        appendSingleLine(text, to: &out)
        return String(decoding: out, as: UTF8.self)
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
