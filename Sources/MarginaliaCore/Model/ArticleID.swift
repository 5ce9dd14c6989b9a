/// A stable identifier for an article: 16 lowercase hex digits (see Docs/identity.md).
public struct ArticleID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The identifier as written in JSON and on the command line.
    public let rawValue: String

    /// Wraps an identifier that is already in canonical form.
    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    public var description: String { rawValue }

    public static func < (lhs: ArticleID, rhs: ArticleID) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
