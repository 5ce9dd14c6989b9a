#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Fast byte-level writers for the exporters' hot paths: timestamps and UUIDs without building `String`s
/// (100,000 annotations need 200,000 timestamps), and strings appended as UTF-8.
enum ExportBytes {
    private static let hex: [UInt8] = Array("0123456789abcdef".utf8)

    /// Appends `YYYY-MM-DDTHH:MM:SSZ` (the same text as `Timestamp.string`).
    static func appendTimestamp(_ date: Date, to out: inout [UInt8]) {
        Timestamp.append(date, to: &out)
    }

    /// Appends the UUID in lowercase 8-4-4-4-12 form.
    static func appendUUID(_ uuid: UUID, to out: inout [UInt8]) {
        withUnsafeBytes(of: uuid.uuid) { raw in
            for (index, byte) in raw.enumerated() {
                if index == 4 || index == 6 || index == 8 || index == 10 { out.append(UInt8(ascii: "-")) }
                out.append(hex[Int(byte >> 4)])
                out.append(hex[Int(byte & 0xF)])
            }
        }
    }

    /// Appends a string's UTF-8.
    @inline(__always)
    static func append(_ text: String, to out: inout [UInt8]) {
        var copy = text
        copy.withUTF8 { out.append(contentsOf: $0) }
    }

    /// Appends a decimal integer.
    static func appendInt(_ value: Int, to out: inout [UInt8]) {
        if value >= 0 && value < 10 {
            out.append(48 + UInt8(value))
            return
        }
        append(String(value), to: &out)
    }
}
