#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A fast pretty-printing JSON writer (two-space indent) for the exports: 100,000 annotations must export in
/// well under 2 s, which `JSONEncoder` with `.prettyPrinted` cannot do.
///
/// Call `beginObject`/`beginArray`, then `key` before each member value, then the matching `end...`; commas,
/// line breaks and indentation are inserted by the writer. Containers opened deeper than `flatDepth` are
/// written on one line without spaces, so that a list of 100,000 annotations is one line per annotation:
/// readable, diff-friendly, and half the size of fully indented output.
struct PrettyJSONWriter {
    /// The UTF-8 output so far.
    private(set) var bytes: [UInt8] = []
    private var depth = 0
    /// Whether the innermost open container has a member already (a comma is needed before the next).
    private var hasMember: [Bool] = []
    private var afterKey = false
    /// Containers deeper than this are written on one line.
    private let flatDepth: Int

    init(capacity: Int = 0, flatDepth: Int = .max) {
        bytes.reserveCapacity(capacity)
        self.flatDepth = flatDepth
    }

    private static let spaces = [UInt8](repeating: 0x20, count: 256)

    private mutating func newline() {
        if depth > flatDepth { return }
        bytes.append(0x0A)
        let count = min(depth * 2, Self.spaces.count)
        Self.spaces.withUnsafeBufferPointer { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[0..<count])) }
    }

    /// Places a value: after a key on the same line, else as the next array element on its own line.
    private mutating func beforeValue() {
        if afterKey {
            afterKey = false
            return
        }
        guard !hasMember.isEmpty else { return }
        if hasMember[hasMember.count - 1] { bytes.append(UInt8(ascii: ",")) }
        hasMember[hasMember.count - 1] = true
        newline()
    }

    mutating func beginObject() {
        beforeValue()
        bytes.append(UInt8(ascii: "{"))
        depth += 1
        hasMember.append(false)
    }

    mutating func endObject() { close(UInt8(ascii: "}")) }

    mutating func beginArray() {
        beforeValue()
        bytes.append(UInt8(ascii: "["))
        depth += 1
        hasMember.append(false)
    }

    mutating func endArray() { close(UInt8(ascii: "]")) }

    private mutating func close(_ bracket: UInt8) {
        let wasFlat = depth > flatDepth
        depth -= 1
        if hasMember.removeLast(), !wasFlat { newline() }
        bytes.append(bracket)
    }

    /// A member name; the next call writes its value.
    mutating func key(_ name: String) {
        if hasMember[hasMember.count - 1] { bytes.append(UInt8(ascii: ",")) }
        hasMember[hasMember.count - 1] = true
        newline()
        // Member names are the writer's own ASCII identifiers: nothing to escape.
        bytes.append(UInt8(ascii: "\""))
        ExportBytes.append(name, to: &bytes)
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
        if depth <= flatDepth { bytes.append(0x20) }
        afterKey = true
    }

    mutating func string(_ value: String) {
        beforeValue()
        appendString(value)
    }

    mutating func int(_ value: Int) {
        beforeValue()
        ExportBytes.appendInt(value, to: &bytes)
    }

    mutating func null() {
        beforeValue()
        bytes.append(contentsOf: [110, 117, 108, 108])
    }

    mutating func optionalString(_ value: String?) {
        if let value { string(value) } else { null() }
    }

    /// `"name": "value"`.
    mutating func member(_ name: String, _ value: String) {
        key(name)
        string(value)
    }

    /// `"name": "value"` or `"name": null`.
    mutating func member(_ name: String, _ value: String?) {
        key(name)
        optionalString(value)
    }

    /// `"name": "2024-11-02T09:15:00Z"`.
    mutating func member(_ name: String, timestamp: Date) {
        key(name)
        beforeValue()
        bytes.append(UInt8(ascii: "\""))
        ExportBytes.appendTimestamp(timestamp, to: &bytes)
        bytes.append(UInt8(ascii: "\""))
    }

    /// `"name": "<prefix><lowercase uuid>"`.
    mutating func member(_ name: String, uuid: UUID, prefix: String = "") {
        key(name)
        beforeValue()
        bytes.append(UInt8(ascii: "\""))
        ExportBytes.append(prefix, to: &bytes)
        ExportBytes.appendUUID(uuid, to: &bytes)
        bytes.append(UInt8(ascii: "\""))
    }

    /// `"name": 12`.
    mutating func member(_ name: String, _ value: Int) {
        key(name)
        int(value)
    }

    /// An array of strings on one line each.
    mutating func member(_ name: String, strings: [String]) {
        key(name)
        beginArray()
        for value in strings { string(value) }
        endArray()
    }

    /// Appends a JSON string literal: quote, backslash and control characters escaped, the rest as UTF-8.
    private mutating func appendString(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        var copy = value
        copy.withUTF8 { utf8 in
            var runStart = 0
            for index in 0..<utf8.count {
                let byte = utf8[index]
                guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
                if runStart < index { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index])) }
                runStart = index + 1
                bytes.append(UInt8(ascii: "\\"))
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
                case 0x0A: bytes.append(UInt8(ascii: "n"))
                case 0x0D: bytes.append(UInt8(ascii: "r"))
                case 0x09: bytes.append(UInt8(ascii: "t"))
                default:
                    let hex = Self.hexDigits
                    bytes.append(contentsOf: [UInt8(ascii: "u"), 48, 48, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
                }
            }
            if runStart < utf8.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...])) }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)

    /// The document with a final newline.
    mutating func finished() -> [UInt8] {
        bytes.append(0x0A)
        return bytes
    }
}
