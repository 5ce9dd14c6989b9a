#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What the store remembers about an article: where it came from, when it was opened, where the reader was,
/// and how many annotations it has, so the library view can start without reading annotation files.
public struct LibraryEntry: Hashable, Sendable, Identifiable {
    /// The article.
    public var id: ArticleID
    /// The title when it was last opened ("" if it was only annotated by id).
    public var title: String
    /// The file it was last opened from, if any.
    public var sourcePath: String?
    /// When it was last opened, if ever.
    public var lastOpened: Date?
    /// Where the reader was, if recorded.
    public var position: ReadingPosition?
    /// How many annotations it has.
    public var annotationCount: Int
    /// How many of them are orphans.
    public var orphanCount: Int

    /// Creates an entry.
    public init(
        id: ArticleID, title: String = "", sourcePath: String? = nil, lastOpened: Date? = nil,
        position: ReadingPosition? = nil, annotationCount: Int = 0, orphanCount: Int = 0
    ) {
        self.id = id
        self.title = title
        self.sourcePath = sourcePath
        self.lastOpened = lastOpened
        self.position = position
        self.annotationCount = annotationCount
        self.orphanCount = orphanCount
    }
}

extension LibraryEntry: Codable {
    enum CodingKeys: String, CodingKey { case id, title, sourcePath, lastOpened, position, annotationCount, orphanCount }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(ArticleID.self, forKey: .id)
        title = try c.decodeIfPresent(String.self, forKey: .title) ?? ""
        sourcePath = try c.decodeIfPresent(String.self, forKey: .sourcePath)
        if let string = try c.decodeIfPresent(String.self, forKey: .lastOpened) {
            guard let date = Timestamp.parse(string) else {
                throw DecodingError.dataCorruptedError(forKey: .lastOpened, in: c, debugDescription: "'\(string)' is not an ISO 8601 time")
            }
            lastOpened = date
        } else {
            lastOpened = nil
        }
        position = try c.decodeIfPresent(ReadingPosition.self, forKey: .position)
        annotationCount = try c.decodeIfPresent(Int.self, forKey: .annotationCount) ?? 0
        orphanCount = try c.decodeIfPresent(Int.self, forKey: .orphanCount) ?? 0
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(title, forKey: .title)
        try c.encodeIfPresent(sourcePath, forKey: .sourcePath)
        try c.encodeIfPresent(lastOpened.map(Timestamp.string), forKey: .lastOpened)
        try c.encodeIfPresent(position, forKey: .position)
        try c.encode(annotationCount, forKey: .annotationCount)
        try c.encode(orphanCount, forKey: .orphanCount)
    }
}
