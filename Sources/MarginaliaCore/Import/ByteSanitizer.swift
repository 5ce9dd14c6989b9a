/// Cleans raw file bytes in place into valid, newline-terminated UTF-8 text, counting what it repaired.
///
/// One pass over the bytes, writing behind the read position, so a 100 MB file needs no second buffer:
/// a leading BOM is dropped, CRLF and CR become LF, C0/C1 control characters (other than newline and tab)
/// are removed together with whole ANSI escape sequences (CSI, OSC, DCS/APC/PM/SOS strings, two-byte
/// escapes), and each invalid UTF-8 sequence becomes U+FFFD.
public enum ByteSanitizer {
    /// What the sanitizer repaired.
    public struct Report: Equatable, Sendable {
        /// Invalid UTF-8 sequences replaced by U+FFFD.
        public var invalidSequences = 0
        /// Control characters removed (not counting those inside escape sequences).
        public var controlCharacters = 0
        /// Whole escape sequences removed.
        public var escapeSequences = 0
        /// Whether a UTF-8 byte order mark was removed.
        public var removedBOM = false

        /// Creates an empty report.
        public init() {}

        /// Import warnings describing the repairs, in a fixed order.
        public var warnings: [String] {
            var result: [String] = []
            if invalidSequences > 0 {
                result.append("replaced \(invalidSequences) invalid UTF-8 sequence\(invalidSequences == 1 ? "" : "s") with U+FFFD")
            }
            if escapeSequences > 0 {
                result.append("removed \(escapeSequences) terminal escape sequence\(escapeSequences == 1 ? "" : "s")")
            }
            if controlCharacters > 0 {
                result.append("removed \(controlCharacters) control character\(controlCharacters == 1 ? "" : "s")")
            }
            return result
        }
    }

    /// A byte that never occurs in valid UTF-8; marks where U+FFFD goes until the final expansion.
    private static let invalidMarker: UInt8 = 0xFF

    /// Sanitizes `bytes` in place and reports the repairs.
    public static func sanitize(_ bytes: inout [UInt8]) -> Report {
        var report = Report()
        let written = bytes.withUnsafeMutableBufferPointer { buffer in
            clean(buffer, report: &report)
        }
        bytes.removeSubrange(written...)
        if report.invalidSequences > 0 { expandMarkers(&bytes, count: report.invalidSequences) }
        return report
    }

    /// Sanitizes a buffer in place and returns how many bytes of it are the result. Invalid sequences are
    /// left as one 0xFF marker byte each (`report.invalidSequences` of them); `withReplacements` turns the
    /// result into final text.
    static func clean(_ buffer: UnsafeMutableBufferPointer<UInt8>, report: inout Report) -> Int {
        let count = buffer.count
        var read = 0
        var write = 0
        if count >= 3, buffer[0] == 0xEF, buffer[1] == 0xBB, buffer[2] == 0xBF {
            read = 3
            report.removedBOM = true
        }
        let base = UnsafeMutableRawPointer(buffer.baseAddress!)
        while read < count {
            // Fast path: eight printable ASCII bytes at a time (no byte < 0x20, none >= 0x7F).
            while read + 8 <= count {
                let word = base.loadUnaligned(fromByteOffset: read, as: UInt64.self)
                let low = (word &- 0x2020_2020_2020_2020) & ~word & 0x8080_8080_8080_8080
                let high = (word | (word &+ 0x0101_0101_0101_0101)) & 0x8080_8080_8080_8080
                guard low == 0 && high == 0 else { break }
                if write != read { base.storeBytes(of: word, toByteOffset: write, as: UInt64.self) }
                read += 8
                write += 8
            }
            guard read < count else { break }
            let byte = buffer[read]
            if byte >= 0x20 && byte < 0x7F || byte == 0x0A || byte == 0x09 {
                buffer[write] = byte
                write += 1
                read += 1
                continue
            }
            if byte < 0x80 {
                switch byte {
                case 0x0D:
                    buffer[write] = 0x0A
                    write += 1
                    read += 1
                    if read < count, buffer[read] == 0x0A { read += 1 }
                case 0x1B:
                    read = skipEscape(buffer, from: read + 1)
                    report.escapeSequences += 1
                default:
                    report.controlCharacters += 1
                    read += 1
                }
                continue
            }
            // Fast path for the common two- and three-byte characters (accents, quotes, dashes, CJK).
            if byte >= 0xC2 && byte <= 0xDF, read + 1 < count, buffer[read + 1] & 0xC0 == 0x80,
                byte != 0xC2 || buffer[read + 1] >= 0xA0
            {
                if write != read {
                    buffer[write] = byte
                    buffer[write + 1] = buffer[read + 1]
                }
                write += 2
                read += 2
                continue
            }
            if byte >= 0xE1 && byte <= 0xEF && byte != 0xED, read + 2 < count, buffer[read + 1] & 0xC0 == 0x80,
                buffer[read + 2] & 0xC0 == 0x80
            {
                if write != read {
                    buffer[write] = byte
                    buffer[write + 1] = buffer[read + 1]
                    buffer[write + 2] = buffer[read + 2]
                }
                write += 3
                read += 3
                continue
            }
            let length = validSequenceLength(buffer, at: read)
            if length == 0 {
                // Skip the maximal invalid subpart (at least one byte) and leave one marker for U+FFFD.
                read += max(1, validPrefixLength(buffer, at: read))
                buffer[write] = invalidMarker
                write += 1
                report.invalidSequences += 1
                continue
            }
            if length == 2, byte == 0xC2, buffer[read + 1] < 0xA0 {
                // A C1 control (U+0080-U+009F). CSI and OSC introducers take their parameters with them.
                let c1 = buffer[read + 1]
                if c1 == 0x9B {
                    read = skipCSI(buffer, from: read + 2)
                    report.escapeSequences += 1
                } else if c1 == 0x9D || c1 == 0x90 || c1 == 0x98 || c1 == 0x9E || c1 == 0x9F {
                    read = skipString(buffer, from: read + 2)
                    report.escapeSequences += 1
                } else {
                    read += 2
                    report.controlCharacters += 1
                }
                continue
            }
            if write != read { for offset in 0..<length { buffer[write + offset] = buffer[read + offset] } }
            write += length
            read += length
        }
        return write
    }

    /// Skips an escape sequence whose ESC is just before `start`; returns the index after it.
    private static func skipEscape(_ buffer: UnsafeMutableBufferPointer<UInt8>, from start: Int) -> Int {
        guard start < buffer.count else { return start }
        let next = buffer[start]
        switch next {
        case UInt8(ascii: "["): return skipCSI(buffer, from: start + 1)
        case UInt8(ascii: "]"), UInt8(ascii: "P"), UInt8(ascii: "X"), UInt8(ascii: "^"), UInt8(ascii: "_"):
            return skipString(buffer, from: start + 1)
        default:
            var index = start
            // nF escapes: intermediate bytes, then one final byte.
            while index < buffer.count, (0x20...0x2F).contains(buffer[index]) { index += 1 }
            if index < buffer.count, (0x30...0x7E).contains(buffer[index]) { index += 1 }
            return index
        }
    }

    /// Skips CSI parameters and intermediates up to and including the final byte.
    private static func skipCSI(_ buffer: UnsafeMutableBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        while index < buffer.count, (0x20...0x3F).contains(buffer[index]) { index += 1 }
        if index < buffer.count, (0x40...0x7E).contains(buffer[index]) { index += 1 }
        return index
    }

    /// Skips an OSC/DCS-style string up to its terminator (BEL, ESC \ or C1 ST), or a newline if none.
    private static func skipString(_ buffer: UnsafeMutableBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        while index < buffer.count {
            let byte = buffer[index]
            if byte == 0x07 { return index + 1 }
            if byte == 0x1B {
                return index + 1 < buffer.count && buffer[index + 1] == UInt8(ascii: "\\") ? index + 2 : index + 1
            }
            if byte == 0xC2, index + 1 < buffer.count, buffer[index + 1] == 0x9C { return index + 2 }
            // An unterminated string must not swallow the rest of the file.
            if byte == 0x0A || byte == 0x0D { return index }
            index += 1
        }
        return index
    }

    /// The length of the valid UTF-8 sequence starting at `index` (a non-ASCII byte), or 0 if invalid.
    @inline(__always)
    private static func validSequenceLength(_ buffer: UnsafeMutableBufferPointer<UInt8>, at index: Int) -> Int {
        let needed = expectedLength(buffer[index])
        guard needed > 0, index + needed <= buffer.count else { return 0 }
        return validPrefixLength(buffer, at: index) == needed ? needed : 0
    }

    /// How many bytes a lead byte announces (0 for a byte that cannot start a sequence).
    @inline(__always)
    private static func expectedLength(_ lead: UInt8) -> Int {
        switch lead {
        case 0xC2...0xDF: 2
        case 0xE0...0xEF: 3
        case 0xF0...0xF4: 4
        default: 0
        }
    }

    /// How many bytes from `index` form a valid (possibly incomplete) UTF-8 prefix, per Unicode's table.
    private static func validPrefixLength(_ buffer: UnsafeMutableBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = buffer[index]
        let needed = expectedLength(lead)
        guard needed > 0 else { return 0 }
        var length = 1
        while length < needed, index + length < buffer.count {
            let byte = buffer[index + length]
            var low: UInt8 = 0x80
            var high: UInt8 = 0xBF
            if length == 1 {
                switch lead {
                case 0xE0: low = 0xA0
                case 0xED: high = 0x9F
                case 0xF0: low = 0x90
                case 0xF4: high = 0x8F
                default: break
                }
            }
            guard byte >= low && byte <= high else { break }
            length += 1
        }
        return length
    }

    /// A copy of cleaned bytes with each marker replaced by U+FFFD.
    static func withReplacements(_ cleaned: UnsafeBufferPointer<UInt8>, count: Int) -> [UInt8] {
        var bytes = Array(cleaned)
        expandMarkers(&bytes, count: count)
        return bytes
    }

    /// Replaces each marker byte with the three bytes of U+FFFD.
    private static func expandMarkers(_ bytes: inout [UInt8], count: Int) {
        var expanded: [UInt8] = []
        expanded.reserveCapacity(bytes.count + 2 * count)
        for byte in bytes {
            if byte == invalidMarker {
                expanded.append(0xEF)
                expanded.append(0xBF)
                expanded.append(0xBD)
            } else {
                expanded.append(byte)
            }
        }
        bytes = expanded
    }
}
