#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Thrown while decoding a store file whose schema version is newer than this build reads.
struct NewerSchemaVersion: Error {
    var found: Int
}

/// Decodes store files, turning every failure into a `StoreError` that names the file and says how to recover.
enum StoreFileCoding {
    /// Decodes a store file's bytes.
    static func decode<T: Decodable>(_ type: T.Type, from bytes: [UInt8], path: String, supported: Int) throws(StoreError) -> T {
        let backup = AtomicFile.exists(path + ".bak") ? path + ".bak" : nil
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw .corrupt(path: path, detail: "the file is empty, perhaps truncated", backup: backup)
        }
        do {
            return try JSONDecoder().decode(T.self, from: Data(bytes))
        } catch let error as NewerSchemaVersion {
            throw .newerSchema(path: path, found: error.found, supported: supported)
        } catch let error as DecodingError {
            switch error {
            case .dataCorrupted(let context) where context.codingPath.isEmpty:
                var detail = context.debugDescription
                if let underlying = context.underlyingError { detail += ": \(underlying)" }
                throw .corrupt(path: path, detail: detail, backup: backup)
            default:
                throw .wrongShape(path: path, detail: describe(error), backup: backup)
            }
        } catch {
            throw .wrongShape(path: path, detail: "\(error)", backup: backup)
        }
    }

    /// Decodes and checks the `schema` field every store file starts with.
    static func checkSchema<K: CodingKey>(_ container: KeyedDecodingContainer<K>, key: K, supported: Int) throws {
        let schema = try container.decode(Int.self, forKey: key)
        if schema > supported { throw NewerSchemaVersion(found: schema) }
        if schema < 1 {
            throw DecodingError.dataCorruptedError(forKey: key, in: container, debugDescription: "schema version \(schema) is not valid")
        }
    }

    /// A JSON encoder for the small store files (tags, library index).
    static func encoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    private static func describe(_ error: DecodingError) -> String {
        func where_(_ path: [any CodingKey]) -> String {
            if path.isEmpty { return "at the top level" }
            return "at " + path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
        }
        switch error {
        case .keyNotFound(let key, let context): return "missing field '\(key.stringValue)' \(where_(context.codingPath))"
        case .typeMismatch(_, let context): return "\(context.debugDescription) \(where_(context.codingPath))"
        case .valueNotFound(_, let context): return "missing value \(where_(context.codingPath))"
        case .dataCorrupted(let context): return "\(context.debugDescription) \(where_(context.codingPath))"
        @unknown default: return "\(error)"
        }
    }
}
