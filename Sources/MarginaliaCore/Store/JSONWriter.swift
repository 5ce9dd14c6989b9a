#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A minimal, fast JSON writer for the annotation files (10,000 annotations must save in well under 20 ms,
/// which `JSONEncoder` cannot do).
struct JSONWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func key(_ name: StaticString) {
        bytes.append(UInt8(ascii: "\""))
        raw(name)
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
    }

    mutating func int(_ value: Int) {
        if value < 0 {
            var text = String(value)
            text.withUTF8 { bytes.append(contentsOf: $0) }
            return
        }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                     UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var count = 0
        var rest = value
        withUnsafeMutableBytes(of: &digits) { buffer in
            repeat {
                buffer[count] = UInt8(48 + rest % 10)
                rest /= 10
                count += 1
            } while rest > 0
            for i in stride(from: count - 1, through: 0, by: -1) { bytes.append(buffer[i]) }
        }
    }

    /// A UUID in lowercase, as a JSON string.
    mutating func uuid(_ id: UUID) {
        let hex: StaticString = "0123456789abcdef"
        bytes.append(UInt8(ascii: "\""))
        withUnsafeBytes(of: id.uuid) { raw in
            for (i, byte) in raw.enumerated() {
                if i == 4 || i == 6 || i == 8 || i == 10 { bytes.append(UInt8(ascii: "-")) }
                bytes.append(hex.utf8Start[Int(byte >> 4)])
                bytes.append(hex.utf8Start[Int(byte & 0xF)])
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// A timestamp, as a JSON string.
    mutating func date(_ date: Date) {
        bytes.append(UInt8(ascii: "\""))
        Timestamp.append(date, to: &bytes)
        bytes.append(UInt8(ascii: "\""))
    }

    /// A JSON string literal; control characters, quote and backslash are escaped, everything else is UTF-8.
    mutating func string(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { utf8 in
        for byte in utf8 {
            switch byte {
            case UInt8(ascii: "\""): bytes.append(UInt8(ascii: "\\")); bytes.append(byte)
            case UInt8(ascii: "\\"): bytes.append(UInt8(ascii: "\\")); bytes.append(byte)
            case 0x0A: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "n"))
            case 0x0D: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "r"))
            case 0x09: bytes.append(UInt8(ascii: "\\")); bytes.append(UInt8(ascii: "t"))
            case 0..<0x20:
                let hex: [UInt8] = Array("0123456789abcdef".utf8)
                bytes.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u"), 48, 48, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            default: bytes.append(byte)
            }
        }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// One annotation as a JSON object on a single line (the same fields as `Annotation`'s Codable form).
    mutating func annotation(_ a: Annotation) {
        raw("{")
        key("id"); uuid(a.id); raw(",")
        key("article"); string(a.articleID.rawValue); raw(",")
        key("part"); string(a.part.description); raw(",")
        key("start"); int(a.start); raw(",")
        key("end"); int(a.end); raw(",")
        key("quote"); string(a.quote); raw(",")
        key("prefix"); string(a.prefix); raw(",")
        key("suffix"); string(a.suffix); raw(",")
        key("tags"); raw("[")
        for (index, tag) in a.tagIDs.enumerated() {
            if index > 0 { raw(",") }
            string(tag.rawValue)
        }
        raw("],")
        if let note = a.note { key("note"); string(note); raw(",") }
        key("created"); date(a.created); raw(",")
        key("modified"); date(a.modified); raw(",")
        key("status"); string(a.status.rawValue)
        if let original = a.originalQuote { raw(","); key("originalQuote"); string(original) }
        raw("}")
    }
}
