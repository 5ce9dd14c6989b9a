#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
    ///
    /// Finds each newline with memchr and only inspects the two ends of a line, so a line costs about as
    /// much as finding its end.
    static func scan(_ bytes: UnsafeBufferPointer<UInt8>) -> [TextLine] {
        var lines: [TextLine] = []
        lines.reserveCapacity(bytes.count / 80 + 1)
        guard let base = bytes.baseAddress else { return lines }
        let count = bytes.count
        var index = 0
        while index < count {
            let lineStart = index
            let lineEnd: Int
            if let newline = memchr(base + index, 0x0A, count - index) {
                lineEnd = UnsafeRawPointer(newline) - UnsafeRawPointer(base)
            } else {
                lineEnd = count
            }
            var indent: Int32 = 0
            var start = index
            while start < lineEnd {
                let width = WhitespaceBytes.length(bytes, at: start)
                if width == 0 { break }
                indent += bytes[start] == 0x09 ? 4 : 1
                start += width
            }
            var end = lineEnd
            while end > start {
                let width = WhitespaceBytes.trailingLength(bytes, before: end)
                if width == 0 { break }
                end -= width
            }
            lines.append(TextLine(start: Int32(start), end: Int32(end), indent: indent, lineStart: Int32(lineStart)))
            index = lineEnd + 1
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

    /// The byte length of the whitespace character ending just before `end`, or 0 if there is none.
    @inline(__always)
    static func trailingLength(_ bytes: UnsafeBufferPointer<UInt8>, before end: Int) -> Int {
        let last = bytes[end - 1]
        if last == 0x20 || last == 0x09 { return 1 }
        guard last >= 0x80 else { return 0 }
        if end >= 2, bytes[end - 2] == 0xC2, last == 0xA0 { return 2 }
        if end >= 3, length(bytes, at: end - 3) == 3 { return 3 }
        return 0
    }
}
