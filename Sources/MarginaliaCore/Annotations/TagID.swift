#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The stable identity of a tag; survives renames, so annotations refer to tags by it.
public struct TagID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The identifier as written in JSON (a lowercase UUID for tags created by Marginalia).
    public let rawValue: String

    /// Wraps an existing identifier.
    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    /// A new random identifier.
    public static func random() -> TagID {
        TagID(UUID().uuidString.lowercased())
    }

    public var description: String { rawValue }

    public static func < (lhs: TagID, rhs: TagID) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
