#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A parsed JSON value, for reading loosely structured input (W3C annotations from other tools) while
/// knowing where each part came from.
enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// Parses JSON bytes with the store's fast reader (`JSONDecoder` into an enum takes seconds for a large
    /// export); a syntax error names the line and column.
    static func parse(_ bytes: [UInt8]) throws(AnnotationImportError) -> JSONValue {
        let result: Result<JSONValue, JSONReader.Failure> = bytes.withUnsafeBufferPointer { buffer in
            var reader = JSONReader(buffer)
            do throws(JSONReader.Failure) {
                let value = try read(&reader, depth: 0)
                if reader.peek() != nil { throw reader.syntax("unexpected text after the JSON value") }
                return .success(value)
            } catch {
                return .failure(error)
            }
        }
        switch result {
        case .success(let value):
            return value
        case .failure(let failure):
            let (message, offset): (String, Int) = switch failure {
            case .syntax(let message, let offset), .shape(let message, let offset): (message, offset)
            case .newerSchema(let found): ("schema \(found)", 0)
            }
            let position = bytes.withUnsafeBufferPointer { JSONReader($0).position(of: offset) }
            throw .notJSON("\(message) at line \(position.line), column \(position.column)")
        }
    }

    private static func read(_ reader: inout JSONReader, depth: Int) throws(JSONReader.Failure) -> JSONValue {
        guard depth < 512 else { throw reader.shape("nested too deeply") }
        guard let first = reader.peek() else { throw reader.syntax("the file ends early, expected a value") }
        switch first {
        case UInt8(ascii: "{"):
            var members: [String: JSONValue] = [:]
            try reader.object { reader, key throws(JSONReader.Failure) in
                let name: String = switch key {
                case .raw(let bytes): String(decoding: bytes, as: UTF8.self)
                case .decoded(let string): string
                }
                members[name] = try read(&reader, depth: depth + 1)
            }
            return .object(members)
        case UInt8(ascii: "["):
            var elements: [JSONValue] = []
            try reader.array { reader throws(JSONReader.Failure) in elements.append(try read(&reader, depth: depth + 1)) }
            return .array(elements)
        case UInt8(ascii: "\""):
            return .string(try reader.string())
        case UInt8(ascii: "n"):
            _ = try reader.null()
            return .null
        case UInt8(ascii: "t"), UInt8(ascii: "f"):
            try reader.skipValue()
            return .bool(first == UInt8(ascii: "t"))
        default:
            let start = reader.index
            try reader.skipValue()
            let text = String(decoding: UnsafeBufferPointer(rebasing: reader.bytes[start..<reader.index]), as: UTF8.self)
            guard let number = Double(text) else {
                reader.index = start
                throw reader.syntax("'\(text.prefix(20))' is not a number")
            }
            return .number(number)
        }
    }

    /// The member of an object, or nil.
    subscript(key: String) -> JSONValue? {
        if case .object(let members) = self { return members[key] }
        return nil
    }

    /// The string, if this is one.
    var string: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// The members, if this is an object.
    var object: [String: JSONValue]? {
        if case .object(let members) = self { return members }
        return nil
    }

    /// The value as a list: an array's elements, nothing for null, else the value itself (JSON-LD lets a
    /// single value stand for a list of one).
    var list: [JSONValue] {
        switch self {
        case .array(let values): values
        case .null: []
        default: [self]
        }
    }

    /// A short name of the value's kind for error messages.
    var kind: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }
}
