/// Builds block text from byte ranges of sanitized lines: lines joined with one space, every whitespace
/// run (U+00A0 and other Unicode spaces included) collapsed to one ASCII space, the ends trimmed.
///
/// The byte buffers given to `append` must stay valid until `take()` (the importer's file buffer does).
struct TextAssembler {
    private var scratch: [UInt8] = []
    private var pendingSpace = false
    /// A first line that needed no rewriting, not yet copied: a block of one such line becomes a string
    /// straight from the file's bytes, skipping the scratch copy (most scraped paragraphs are one line).
    private var untouched: (bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>)?

    init() { scratch.reserveCapacity(4096) }

    /// Whether nothing has been appended since the last `take()`.
    var isEmpty: Bool { scratch.isEmpty && untouched == nil }

    /// Appends the bytes in `range` as a further line of the current block.
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
        if let pending = untouched {
            scratch.append(contentsOf: UnsafeBufferPointer(rebasing: pending.bytes[pending.range]))
            untouched = nil
        }
        var index = range.lowerBound
        let end = range.upperBound
        if !scratch.isEmpty { pendingSpace = true }
        while index < end {
            let width = WhitespaceBytes.length(bytes, at: index)
            if width > 0 {
                pendingSpace = !scratch.isEmpty
                index += width
                continue
            }
            if pendingSpace {
                scratch.append(0x20)
                pendingSpace = false
            }
            // Copy the run up to the next whitespace that needs rewriting in one go; a single ASCII space
            // between two other characters is already normal and stays inside the run.
            let runStart = index
            index += 1
            let raw = UnsafeRawPointer(bytes.baseAddress!)
            while index < end {
                // Eight bytes at a time while they are ASCII without tabs or double spaces.
                while index + 9 <= end {
                    let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                    if word & 0x8080_8080_8080_8080 != 0 { break }
                    let spaces = Self.zeroBytes(word ^ 0x2020_2020_2020_2020)
                    let tabs = Self.zeroBytes(word ^ 0x0909_0909_0909_0909)
                    // A space in the last byte could start a run with the next word's first byte.
                    if tabs != 0 || spaces & (spaces << 8) != 0 || spaces >> 63 != 0 { break }
                    index += 8
                }
                guard index < end else { break }
                let byte = bytes[index]
                if byte == 0x20 {
                    if index + 1 < end, bytes[index + 1] != 0x20, WhitespaceBytes.length(bytes, at: index + 1) == 0 {
                        index += 2
                        continue
                    }
                    break
                }
                if byte == 0x09 { break }
                if byte >= 0xC0 {
                    if (byte == 0xC2 || byte == 0xE1 || byte == 0xE2 || byte == 0xE3), WhitespaceBytes.length(bytes, at: index) > 0 {
                        break
                    }
                    // Skip the whole character: its continuation bytes can never be whitespace.
                    index += byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2
                    if index > end { index = end }
                    continue
                }
                index += 1
            }
            if scratch.isEmpty && runStart == range.lowerBound && index == end {
                untouched = (bytes, runStart..<index)
                return
            }
            scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
        }
    }

    /// The high bit of each byte of `word` that is zero (exact, no false positives).
    @inline(__always)
    static func zeroBytes(_ word: UInt64) -> UInt64 {
        ~(((word & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7F7F_7F7F_7F7F_7F7F) | word | 0x7F7F_7F7F_7F7F_7F7F)
    }

    /// Returns the assembled text and starts a new block.
    mutating func take() -> String {
        if let pending = untouched {
            untouched = nil
            pendingSpace = false
            return String(decoding: UnsafeBufferPointer(rebasing: pending.bytes[pending.range]), as: UTF8.self)
        }
        let text = String(decoding: scratch, as: UTF8.self)
        scratch.removeAll(keepingCapacity: true)
        pendingSpace = false
        return text
    }
}
