/// The store's tags (the codebook): names unique case-insensitively, shortcut keys unique.
public struct TagSet: Hashable, Sendable, Codable {
    /// The tags, in the user's order.
    public private(set) var tags: [Tag]

    /// Creates a tag set, checking that names and keys are unique.
    public init(_ tags: [Tag]) throws(TagError) {
        self.tags = []
        for tag in tags { try add(tag) }
    }

    /// The set a fresh store starts with: claim, evidence, question, quote, important on keys 1-5.
    public static var defaults: TagSet {
        // The ids are fixed so that two stores created apart still agree on the default tags.
        let tags = [
            Tag(id: TagID("default-claim"), name: "claim", color: .yellow, key: "1",
                description: "A claim the author makes."),
            Tag(id: TagID("default-evidence"), name: "evidence", color: .green, key: "2",
                description: "Evidence offered for or against a claim."),
            Tag(id: TagID("default-question"), name: "question", color: .cyan, key: "3",
                description: "Something to ask or check."),
            Tag(id: TagID("default-quote"), name: "quote", color: .magenta, key: "4",
                description: "A passage worth quoting."),
            Tag(id: TagID("default-important"), name: "important", color: .red, key: "5",
                description: "Important; come back to it."),
        ]
        return TagSet(unchecked: tags)
    }

    /// An empty tag set.
    public static var empty: TagSet { TagSet(unchecked: []) }

    init(unchecked tags: [Tag]) {
        self.tags = tags
    }

    /// The number of tags.
    public var count: Int { tags.count }

    /// The tag with this id.
    public subscript(id: TagID) -> Tag? { tags.first { $0.id == id } }

    /// The tag with this name, compared case-insensitively.
    public func tag(named name: String) -> Tag? {
        let folded = name.lowercased()
        return tags.first { $0.foldedName == folded }
    }

    /// The tag bound to this shortcut key.
    public func tag(forKey key: String) -> Tag? { tags.first { $0.key == key } }

    /// Adds a tag; its name and key must be free and its name valid.
    public mutating func add(_ tag: Tag) throws(TagError) {
        try Self.validate(name: tag.name)
        if tags.contains(where: { $0.id == tag.id }) { throw .duplicateID(tag.id) }
        if let other = self.tag(named: tag.name) { throw .nameTaken(tag.name, by: other.name) }
        if let key = tag.key {
            try Self.validate(key: key)
            if let other = self.tag(forKey: key) { throw .keyTaken(key, by: other.name) }
        }
        tags.append(tag)
    }

    /// Replaces the tag with the same id (rename, recolour, rebind, describe), keeping names and keys unique.
    public mutating func update(_ tag: Tag) throws(TagError) {
        guard let index = tags.firstIndex(where: { $0.id == tag.id }) else { throw .unknownID(tag.id) }
        try Self.validate(name: tag.name)
        if let other = self.tag(named: tag.name), other.id != tag.id { throw .nameTaken(tag.name, by: other.name) }
        if let key = tag.key {
            try Self.validate(key: key)
            if let other = self.tag(forKey: key), other.id != tag.id { throw .keyTaken(key, by: other.name) }
        }
        tags[index] = tag
    }

    /// Removes the tag with this id and returns it, or nil if there is none.
    @discardableResult
    public mutating func remove(id: TagID) -> Tag? {
        guard let index = tags.firstIndex(where: { $0.id == id }) else { return nil }
        return tags.remove(at: index)
    }

    /// Checks a tag name: not empty, no control characters, no empty hierarchy level.
    public static func validate(name: String) throws(TagError) {
        if name.isEmpty || name.unicodeScalars.allSatisfy({ $0 == " " }) { throw .invalidName(name, "it is empty") }
        if name.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) {
            throw .invalidName(name, "it contains control characters")
        }
        if name.hasPrefix("/") || name.hasSuffix("/") || name.contains("//") {
            throw .invalidName(name, "a '/' must separate two non-empty levels")
        }
    }

    /// Checks a shortcut key: exactly one printable character.
    public static func validate(key: String) throws(TagError) {
        guard key.count == 1, let scalar = key.unicodeScalars.first, scalar.value >= 0x20, scalar.value != 0x7F
        else { throw .invalidKey(key) }
    }
}
