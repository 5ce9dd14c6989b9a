/// Names a part of an article that has its own canonical text: the body, or one comment.
public enum PartID: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The article body.
    case body
    /// The comment with this id.
    case comment(String)

    /// Parses the JSON / command-line form: `"body"` or a comment id.
    public init(_ string: String) {
        self = string == "body" ? .body : .comment(string)
    }

    /// `"body"` or the comment id.
    public var description: String {
        switch self {
        case .body: "body"
        case .comment(let id): id
        }
    }

    public init(from decoder: any Decoder) throws {
        self.init(try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
