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
    mutating func object(_ body: (inout JSONReader, String) throws(Failure) -> Void) throws(Failure) {
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
            let key = try rawString()
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

    /// Reads a string starting at the opening quote.
    private mutating func rawString() throws(Failure) -> String {
        index += 1
        let start = index
        // Fast path: no escapes.
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let slice = UnsafeBufferPointer(rebasing: bytes[start..<index])
                index += 1
                guard let string = String(validating: slice, as: UTF8.self) else { throw syntax("invalid UTF-8 in a string") }
                return string
            }
            if byte == UInt8(ascii: "\\") { break }
            if byte < 0x20 { throw syntax("a control character inside a string") }
            index += 1
        }
        guard index < bytes.count else { throw syntax("the file ends inside a string") }
        var utf8 = Array(bytes[start..<index])
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "\""):
                index += 1
                guard let string = String(validating: utf8, as: UTF8.self) else { throw syntax("invalid UTF-8 in a string") }
                return string
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
