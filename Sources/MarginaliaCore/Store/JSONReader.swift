#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A field name as read: a slice of the input when plain ASCII (no copy), else the decoded string.
enum JSONKey {
    case raw(UnsafeBufferPointer<UInt8>)
    case decoded(String)

    /// Lets `switch key { case "id": ... }` compare without allocating.
    static func ~= (pattern: StaticString, key: JSONKey) -> Bool {
        switch key {
        case .raw(let bytes):
            guard bytes.count == pattern.utf8CodeUnitCount else { return false }
            return memcmp(bytes.baseAddress!, pattern.utf8Start, bytes.count) == 0
        case .decoded(let string):
            return string == pattern.description
        }
    }
}

/// A minimal, fast JSON reader over bytes, for the annotation files (100,000 annotations must load in well
/// under a second, which `JSONDecoder` cannot do). It reports where and what went wrong, telling broken
/// syntax (corrupt or truncated) from valid JSON of the wrong shape.
struct JSONReader {
    /// Why reading stopped.
    enum Failure: Error {
        /// Not JSON: the file is corrupt or truncated.
        case syntax(String, offset: Int)
        /// JSON, but not the expected fields or types.
        case shape(String, offset: Int)
        /// A `schema` newer than this build reads.
        case newerSchema(Int)
    }

    let bytes: UnsafeBufferPointer<UInt8>
    var index: Int

    init(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int = 0) {
        self.bytes = bytes
        self.index = index
    }

    var isAtEnd: Bool { index >= bytes.count }

    mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x0A, 0x0D, 0x09: index += 1
            default: return
            }
        }
    }

    /// The next non-space byte, without consuming it.
    mutating func peek() -> UInt8? {
        skipWhitespace()
        return index < bytes.count ? bytes[index] : nil
    }

    func syntax(_ message: String) -> Failure { .syntax(message, offset: index) }
    func shape(_ message: String) -> Failure { .shape(message, offset: index) }

    mutating func expect(_ byte: UInt8, _ what: String) throws(Failure) {
        guard peek() == byte else {
            throw isAtEnd ? syntax("the file ends early, expected \(what)") : syntax("expected \(what)")
        }
        index += 1
    }

    /// Reads `{` and calls `body` with each key; `body` must consume the value.
    mutating func object(_ body: (inout JSONReader, JSONKey) throws(Failure) -> Void) throws(Failure) {
        guard let first = peek() else { throw syntax("the file ends early, expected an object") }
        guard first == UInt8(ascii: "{") else {
            if Self.startsValue(first) { throw shape("expected an object") }
            throw syntax("expected an object")
        }
        index += 1
        if peek() == UInt8(ascii: "}") {
            index += 1
            return
        }
        while true {
            guard peek() == UInt8(ascii: "\"") else { throw isAtEnd ? syntax("the file ends early") : syntax("expected a field name") }
            let key = try rawKey()
            try expect(UInt8(ascii: ":"), "':'")
            try body(&self, key)
            guard let next = peek() else { throw syntax("the file ends early, expected ',' or '}'") }
            index += 1
            if next == UInt8(ascii: "}") { return }
            guard next == UInt8(ascii: ",") else {
                index -= 1
                throw syntax("expected ',' or '}'")
            }
        }
    }

    /// Reads `[` and calls `body` for each element; `body` must consume it.
    mutating func array(_ body: (inout JSONReader) throws(Failure) -> Void) throws(Failure) {
        guard let first = peek() else { throw syntax("the file ends early, expected an array") }
        guard first == UInt8(ascii: "[") else {
            if Self.startsValue(first) { throw shape("expected an array") }
            throw syntax("expected an array")
        }
        index += 1
        if peek() == UInt8(ascii: "]") {
            index += 1
            return
        }
        while true {
            try body(&self)
            guard let next = peek() else { throw syntax("the file ends early, expected ',' or ']'") }
            index += 1
            if next == UInt8(ascii: "]") { return }
            guard next == UInt8(ascii: ",") else {
                index -= 1
                throw syntax("expected ',' or ']'")
            }
        }
    }

    /// Reads a string value.
    mutating func string() throws(Failure) -> String {
        guard let first = peek() else { throw syntax("the file ends early, expected a string") }
        guard first == UInt8(ascii: "\"") else {
            if Self.startsValue(first) { throw shape("expected a string") }
            throw syntax("expected a string")
        }
        return try rawString()
    }

    /// Reads a string or null.
    mutating func optionalString() throws(Failure) -> String? {
        if try null() { return nil }
        return try string()
    }

    /// Consumes `null` if it is next.
    mutating func null() throws(Failure) -> Bool {
        guard peek() == UInt8(ascii: "n") else { return false }
        try literal("null")
        return true
    }

    /// Reads an integer value.
    mutating func int() throws(Failure) -> Int {
        guard let first = peek() else { throw syntax("the file ends early, expected a number") }
        let start = index
        var negative = false
        if first == UInt8(ascii: "-") {
            negative = true
            index += 1
        }
        var value = 0
        var digits = 0
        while index < bytes.count, bytes[index] >= 48, bytes[index] <= 57 {
            let (times, o1) = value.multipliedReportingOverflow(by: 10)
            let (sum, o2) = times.addingReportingOverflow(Int(bytes[index] - 48))
            if o1 || o2 { throw shape("number too large") }
            value = sum
            digits += 1
            index += 1
        }
        if digits == 0 {
            index = start
            if Self.startsValue(first) { throw shape("expected an integer") }
            throw syntax("expected a number")
        }
        if index < bytes.count, [UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E")].contains(bytes[index]) {
            index = start
            throw shape("expected an integer")
        }
        return negative ? -value : value
    }

    /// Skips any value, checking its syntax.
    mutating func skipValue(depth: Int = 0) throws(Failure) {
        guard depth < 512 else { throw shape("nested too deeply") }
        guard let first = peek() else { throw syntax("the file ends early, expected a value") }
        switch first {
        case UInt8(ascii: "{"): try object { reader, _ throws(Failure) in try reader.skipValue(depth: depth + 1) }
        case UInt8(ascii: "["): try array { reader throws(Failure) in try reader.skipValue(depth: depth + 1) }
        case UInt8(ascii: "\""): _ = try rawString()
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        default:
            guard first == UInt8(ascii: "-") || (first >= 48 && first <= 57) else { throw syntax("expected a value") }
            index += 1
            while index < bytes.count {
                switch bytes[index] {
                case 48...57, UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"), UInt8(ascii: "+"), UInt8(ascii: "-"):
                    index += 1
                default: return
                }
            }
        }
    }

    private mutating func literal(_ word: StaticString) throws(Failure) {
        let count = word.utf8CodeUnitCount
        guard index + count <= bytes.count else { throw syntax("the file ends early") }
        for i in 0..<count where bytes[index + i] != word.utf8Start[i] { throw syntax("expected a value") }
        index += count
    }

    private static func startsValue(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "{"), UInt8(ascii: "["), UInt8(ascii: "\""), UInt8(ascii: "t"), UInt8(ascii: "f"),
             UInt8(ascii: "n"), UInt8(ascii: "-"), 48...57: true
        default: false
        }
    }

    /// Reads a field name: usually a plain ASCII slice of the input, compared without making a String.
    private mutating func rawKey() throws(Failure) -> JSONKey {
        let start = index + 1
        var end = start
        while end < bytes.count, bytes[end] != UInt8(ascii: "\""), bytes[end] != UInt8(ascii: "\\"), bytes[end] >= 0x20,
              bytes[end] < 0x80 { end += 1 }
        if end < bytes.count, bytes[end] == UInt8(ascii: "\"") {
            index = end + 1
            return .raw(UnsafeBufferPointer(start: bytes.baseAddress! + start, count: end - start))
        }
        return .decoded(try rawString())
    }

    /// Reads a string starting at the opening quote.
    private mutating func rawString() throws(Failure) -> String {
        index += 1
        let start = index
        var ascii = true
        // Fast path: no escapes.
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let slice = UnsafeBufferPointer(start: bytes.baseAddress! + start, count: index - start)
                index += 1
                // ASCII needs no validation; anything else is validated (a damaged file must not load as text).
                if ascii { return String(decoding: slice, as: UTF8.self) }
                guard Self.isValidUTF8(slice) else { throw syntax("invalid UTF-8 in a string") }
                return String(decoding: slice, as: UTF8.self)
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 { throw syntax("a control character inside a string") }
            if byte >= 0x80 { ascii = false }
            index += 1
        }
        guard index < bytes.count else { throw syntax("the file ends inside a string") }
        var utf8 = Array(bytes[start..<index])
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                guard Self.isValidUTF8(utf8) else { throw syntax("invalid UTF-8 in a string") }
                return String(decoding: utf8, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard index + 1 < bytes.count else { throw syntax("the file ends inside a string") }
                let escape = bytes[index + 1]
                index += 2
                switch escape {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): utf8.append(escape)
                case UInt8(ascii: "n"): utf8.append(0x0A)
                case UInt8(ascii: "r"): utf8.append(0x0D)
                case UInt8(ascii: "t"): utf8.append(0x09)
                case UInt8(ascii: "b"): utf8.append(0x08)
                case UInt8(ascii: "f"): utf8.append(0x0C)
                case UInt8(ascii: "u"):
                    var code = try hex4()
                    if (0xD800..<0xDC00).contains(code) {
                        guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                            throw syntax("an unpaired surrogate in a string")
                        }
                        index += 2
                        let low = try hex4()
                        guard (0xDC00..<0xE000).contains(low) else { throw syntax("an unpaired surrogate in a string") }
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    } else if (0xDC00..<0xE000).contains(code) {
                        throw syntax("an unpaired surrogate in a string")
                    }
                    utf8.append(contentsOf: String(Character(Unicode.Scalar(code)!)).utf8)
                default:
                    throw syntax("an invalid escape in a string")
                }
            default:
                if byte < 0x20 { throw syntax("a control character inside a string") }
                utf8.append(byte)
                index += 1
            }
        }
        throw syntax("the file ends inside a string")
    }

    /// Whether bytes are well-formed UTF-8 (no overlong forms, surrogates or values past U+10FFFF).
    static func isValidUTF8<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8, C.Index == Int {
        var i = bytes.startIndex
        let end = bytes.endIndex
        while i < end {
            let b0 = bytes[i]
            if b0 < 0x80 {
                i += 1
                continue
            }
            let length: Int
            var lower: UInt8 = 0x80
            var upper: UInt8 = 0xBF
            switch b0 {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lower = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upper = 0x9F
            case 0xF0: length = 4; lower = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upper = 0x8F
            default: return false
            }
            guard i + length <= end else { return false }
            let b1 = bytes[i + 1]
            guard b1 >= lower, b1 <= upper else { return false }
            for k in 2..<length where bytes[i + k] & 0xC0 != 0x80 { return false }
            i += length
        }
        return true
    }

    private mutating func hex4() throws(Failure) -> UInt32 {
        guard index + 4 <= bytes.count else { throw syntax("the file ends inside a string") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let c = bytes[index]
            let digit: UInt32
            switch c {
            case 48...57: digit = UInt32(c - 48)
            case 65...70: digit = UInt32(c - 55)
            case 97...102: digit = UInt32(c - 87)
            default: throw syntax("an invalid \\u escape")
            }
            value = value << 4 | digit
            index += 1
        }
        return value
    }

    /// Reads a UUID string (36 characters, hex digits and dashes) without going through `UUID(uuidString:)`.
    mutating func uuid() throws(Failure) -> UUID {
        guard peek() == UInt8(ascii: "\""), index + 37 < bytes.count, bytes[index + 37] == UInt8(ascii: "\"") else {
            let text = try string()
            guard let id = UUID(uuidString: text) else { throw shape("'\(text)' is not a UUID") }
            return id
        }
        var raw: uuid_t = (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        let start = index + 1
        let ok = withUnsafeMutableBytes(of: &raw) { out -> Bool in
            var position = start
            for i in 0..<16 {
                if i == 4 || i == 6 || i == 8 || i == 10 {
                    guard bytes[position] == UInt8(ascii: "-") else { return false }
                    position += 1
                }
                guard let high = Self.hexValue(bytes[position]), let low = Self.hexValue(bytes[position + 1]) else { return false }
                out[i] = high << 4 | low
                position += 2
            }
            return true
        }
        guard ok else { throw shape("not a UUID") }
        index += 38
        return UUID(uuid: raw)
    }

    private static func hexValue(_ c: UInt8) -> UInt8? {
        switch c {
        case 48...57: c - 48
        case 65...70: c - 55
        case 97...102: c - 87
        default: nil
        }
    }

    /// 1-based line and column of a byte offset, for messages.
    func position(of offset: Int) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        for i in 0..<min(offset, bytes.count) {
            if bytes[i] == 0x0A {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return (line, column)
    }
}
