/// A tag: a stable id, a unique name (`/` makes a hierarchy, e.g. `actors/russia`), a colour, an optional
/// single-key shortcut and an optional description, so the tag list doubles as a codebook.
public struct Tag: Hashable, Sendable, Codable, Identifiable {
    /// Stable identity; annotations refer to the tag by it.
    public var id: TagID
    /// The display name, unique case-insensitively within a tag set.
    public var name: String
    /// The colour the reader highlights it with.
    public var color: TagColor
    /// A single-character shortcut the reader binds to this tag, if any.
    public var key: String?
    /// What the tag means, for the codebook.
    public var description: String?

    /// Creates a tag.
    public init(id: TagID = .random(), name: String, color: TagColor, key: String? = nil, description: String? = nil) {
        self.id = id
        self.name = name
        self.color = color
        self.key = key
        self.description = description
    }

    /// The hierarchy levels of the name (`actors/russia` -> `["actors", "russia"]`).
    public var path: [String] { name.split(separator: "/", omittingEmptySubsequences: true).map(String.init) }

    /// The name folded for case-insensitive uniqueness checks.
    public var foldedName: String { name.lowercased() }
}
