#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension Annotation: Codable {
    /// The JSON keys; `tags` holds tag ids in the store's files.
    enum CodingKeys: String, CodingKey {
        case id, article, part, start, end, quote, prefix, suffix, tags, note, created, modified, status
        case originalQuote
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(UUID.self, forKey: .id)
        articleID = try c.decode(ArticleID.self, forKey: .article)
        part = try c.decode(PartID.self, forKey: .part)
        start = try c.decode(Int.self, forKey: .start)
        end = try c.decode(Int.self, forKey: .end)
        quote = try c.decode(String.self, forKey: .quote)
        prefix = try c.decodeIfPresent(String.self, forKey: .prefix) ?? ""
        suffix = try c.decodeIfPresent(String.self, forKey: .suffix) ?? ""
        tagIDs = try c.decodeIfPresent([TagID].self, forKey: .tags) ?? []
        note = try c.decodeIfPresent(String.self, forKey: .note)
        created = try Self.decodeDate(c, .created)
        modified = try Self.decodeDate(c, .modified)
        status = try c.decode(AnnotationStatus.self, forKey: .status)
        originalQuote = try c.decodeIfPresent(String.self, forKey: .originalQuote)
        if start < 0 || end < start {
            throw DecodingError.dataCorruptedError(
                forKey: .end, in: c, debugDescription: "range \(start)..<\(end) is not a valid range")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(articleID, forKey: .article)
        try c.encode(part, forKey: .part)
        try c.encode(start, forKey: .start)
        try c.encode(end, forKey: .end)
        try c.encode(quote, forKey: .quote)
        try c.encode(prefix, forKey: .prefix)
        try c.encode(suffix, forKey: .suffix)
        try c.encode(tagIDs, forKey: .tags)
        try c.encodeIfPresent(note, forKey: .note)
        try c.encode(Timestamp.string(created), forKey: .created)
        try c.encode(Timestamp.string(modified), forKey: .modified)
        try c.encode(status, forKey: .status)
        try c.encodeIfPresent(originalQuote, forKey: .originalQuote)
    }

    private static func decodeDate(_ c: KeyedDecodingContainer<CodingKeys>, _ key: CodingKeys) throws -> Date {
        let string = try c.decode(String.self, forKey: key)
        guard let date = Timestamp.parse(string) else {
            throw DecodingError.dataCorruptedError(
                forKey: key, in: c, debugDescription: "'\(string)' is not an ISO 8601 UTC time")
        }
        return date
    }
}
