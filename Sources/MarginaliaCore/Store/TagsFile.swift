/// `tags.json`: the tag set (codebook).
struct TagsFile: Codable {
    /// The schema version this build writes and reads.
    static let schema = 1

    var tags: TagSet

    init(tags: TagSet) {
        self.tags = tags
    }

    enum CodingKeys: String, CodingKey { case schema, tags }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try StoreFileCoding.checkSchema(container, key: .schema, supported: Self.schema)
        let list = try container.decode([Tag].self, forKey: .tags)
        do {
            tags = try TagSet(list)
        } catch {
            throw DecodingError.dataCorruptedError(forKey: .tags, in: container, debugDescription: error.description)
        }
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Self.schema, forKey: .schema)
        try container.encode(tags.tags, forKey: .tags)
    }
}
