/// Builds block text from byte ranges of sanitized lines: lines joined with one space, every whitespace
/// run (U+00A0 and other Unicode spaces included) collapsed to one ASCII space, the ends trimmed.
struct TextAssembler {
    private var scratch: [UInt8] = []
    private var pendingSpace = false

    init() { scratch.reserveCapacity(4096) }

    /// Whether nothing has been appended since the last `take()`.
    var isEmpty: Bool { scratch.isEmpty }

    /// Appends the bytes in `range` as a further line of the current block.
    mutating func append(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) {
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
            // Copy the run of non-whitespace bytes up to the next possible whitespace byte in one go.
            let runStart = index
            index += 1
            while index < end {
                let byte = bytes[index]
                if byte == 0x20 || byte == 0x09 || byte == 0xC2 || byte == 0xE1 || byte == 0xE2 || byte == 0xE3 { break }
                index += 1
            }
            scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<index]))
        }
    }

    /// Appends a string (used for text the importer rewrote, such as a stripped marker).
    mutating func append(_ string: String) {
        var copy = string
        copy.withUTF8 { append($0, 0..<$0.count) }
    }

    /// Returns the assembled text and starts a new block.
    mutating func take() -> String {
        let text = String(decoding: scratch, as: UTF8.self)
        scratch.removeAll(keepingCapacity: true)
        pendingSpace = false
        return text
    }
}
