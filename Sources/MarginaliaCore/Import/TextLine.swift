/// One line of sanitized text, as byte offsets into the file's buffer.
///
/// Kept small (four 32-bit fields) because a 100 MB page has over a million of them.
struct TextLine: Sendable {
    /// Offset of the first content byte (after the indentation).
    var start: Int32
    /// Offset just past the last content byte (trailing whitespace excluded).
    var end: Int32
    /// Indentation in columns: a space or U+00A0 counts 1, a tab 4.
    var indent: Int32
    /// Offset of the line's first byte, indentation included.
    var lineStart: Int32

    /// Whether the line holds only whitespace.
    var isBlank: Bool { start >= end }
    /// The content length in bytes.
    var length: Int { Int(end - start) }

    /// Splits sanitized bytes into lines, measuring indentation and trimming whitespace.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> [TextLine] {
        var lines: [TextLine] = []
        lines.reserveCapacity(bytes.count / 64 + 1)
        let count = bytes.count
        var index = 0
        while index < count {
            let lineStart = index
            var indent: Int32 = 0
            // Measure the indentation.
            while index < count {
                let width = WhitespaceBytes.length(bytes, at: index)
                if width == 0 { break }
                indent += bytes[index] == 0x09 ? 4 : 1
                index += width
            }
            let start = index
            var end = index
            while index < count, bytes[index] != 0x0A {
                let width = WhitespaceBytes.length(bytes, at: index)
                if width > 0 {
                    index += width
                } else {
                    index += 1
                    // Skip continuation bytes of a multi-byte character at once.
                    while index < count, bytes[index] & 0xC0 == 0x80 { index += 1 }
                    end = index
                }
            }
            lines.append(TextLine(start: Int32(start), end: Int32(max(end, start)), indent: indent, lineStart: Int32(lineStart)))
            index += 1  // the newline
        }
        return lines
    }
}

/// Recognises whitespace in UTF-8 bytes: ASCII space and tab, U+00A0, U+1680, U+2000-U+200A, U+202F,
/// U+205F and U+3000 (the spaces scraped pages are full of).
enum WhitespaceBytes {
    /// The byte length of the whitespace character at `index`, or 0 if there is none.
    @inline(__always)
    static func length(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let byte = bytes[index]
        if byte == 0x20 || byte == 0x09 { return 1 }
        if byte < 0xC2 { return 0 }
        let count = bytes.count
        if byte == 0xC2 { return index + 1 < count && bytes[index + 1] == 0xA0 ? 2 : 0 }
        guard index + 2 < count else { return 0 }
        let b1 = bytes[index + 1]
        let b2 = bytes[index + 2]
        switch byte {
        case 0xE1: return b1 == 0x9A && b2 == 0x80 ? 3 : 0
        case 0xE2:
            if b1 == 0x80 && (b2 <= 0x8A || b2 == 0xAF) { return 3 }
            return b1 == 0x81 && b2 == 0x9F ? 3 : 0
        case 0xE3: return b1 == 0x80 && b2 == 0x80 ? 3 : 0
        default: return 0
        }
    }
}
