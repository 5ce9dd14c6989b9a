/// Markup a scraped line may show at its start: `# ` headings, `> ` quotes, `- ` / `* ` / `• ` list items.
enum BlockMarker {
    /// The kind of block the marker starts and where the text after it begins.
    static func detect(_ bytes: UnsafeBufferPointer<UInt8>, _ line: TextLine) -> (kind: BlockKind, contentStart: Int)? {
        let start = Int(line.start)
        let end = Int(line.end)
        guard start < end else { return nil }
        func isSpace(_ offset: Int) -> Bool { offset < end && (bytes[offset] == 0x20 || bytes[offset] == 0x09) }
        func skipSpaces(_ offset: Int) -> Int {
            var index = offset
            while index < end, bytes[index] == 0x20 || bytes[index] == 0x09 { index += 1 }
            return index
        }
        switch bytes[start] {
        case UInt8(ascii: "#"):
            var hashes = start
            while hashes < end, bytes[hashes] == UInt8(ascii: "#") { hashes += 1 }
            guard hashes - start <= 6, isSpace(hashes), skipSpaces(hashes) < end else { return nil }
            return (.heading, skipSpaces(hashes))
        case UInt8(ascii: ">"):
            guard start + 1 == end || isSpace(start + 1) else { return nil }
            return (.quote, skipSpaces(start + 1))
        case UInt8(ascii: "-"), UInt8(ascii: "*"):
            guard isSpace(start + 1), skipSpaces(start + 1) < end else { return nil }
            return (.listItem, skipSpaces(start + 1))
        case 0xE2:
            guard start + 3 < end, bytes[start + 1] == 0x80, bytes[start + 2] == 0xA2, isSpace(start + 3) else { return nil }
            return (.listItem, skipSpaces(start + 3))
        default:
            return nil
        }
    }
}
