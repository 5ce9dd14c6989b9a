#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The JSON form of an article that `margin show --json` prints (field names fixed by Docs/formats.md).
///
/// Absent values are `null` (scalars) or `[]` (lists); keys are written sorted so the output is stable.
public struct ArticleDocument: Codable, Equatable, Sendable {
    /// One block: `{"kind", "text"}`.
    public struct BlockDocument: Codable, Equatable, Sendable {
        /// `paragraph`, `heading`, `quote` or `listItem`.
        public var kind: String
        /// The block's text.
        public var text: String
    }

    /// One comment with its replies.
    public struct CommentDocument: Codable, Equatable, Sendable {
        /// The comment id (see Docs/identity.md).
        public var id: String
        /// The commenter's name.
        public var author: String
        /// The date as the page gives it, or null.
        public var date: String?
        /// The canonical text of the comment.
        public var text: String
        /// The comment's blocks.
        public var body: [BlockDocument]
        /// Direct replies.
        public var replies: [CommentDocument]

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(author, forKey: .author)
            try container.encode(date, forKey: .date)
            try container.encode(text, forKey: .text)
            try container.encode(body, forKey: .body)
            try container.encode(replies, forKey: .replies)
        }
    }

    /// One related link: `{"relation", "title"}`.
    public struct RelatedDocument: Codable, Equatable, Sendable {
        /// `previous`, `next` or `related`.
        public var relation: String
        /// The linked article's title.
        public var title: String
    }

    /// The article id.
    public var id: String
    /// The title.
    public var title: String
    /// The author line, or null.
    public var byline: String?
    /// The page URL, or null.
    public var url: String?
    /// The date as the page gives it, or null.
    public var date: String?
    /// The site name, or null.
    public var site: String?
    /// The canonical text of the body.
    public var text: String
    /// The body blocks.
    public var body: [BlockDocument]
    /// The comment tree.
    public var comments: [CommentDocument]
    /// Related links.
    public var related: [RelatedDocument]
    /// Import warnings.
    public var warnings: [String]

    /// The document for an article.
    public init(_ article: Article) {
        id = article.id.rawValue
        title = article.title
        byline = article.byline
        url = article.url
        date = article.date
        site = article.site
        text = article.text
        body = article.body.map(Self.block)
        comments = article.comments.map(Self.comment)
        related = article.related.map { RelatedDocument(relation: $0.relation, title: $0.title) }
        warnings = article.warnings
    }

    static func block(_ block: Block) -> BlockDocument { BlockDocument(kind: block.kind.rawValue, text: block.text) }

    static func comment(_ comment: Comment) -> CommentDocument {
        CommentDocument(
            id: comment.id, author: comment.author, date: comment.date, text: comment.text,
            body: comment.body.map(block), replies: comment.replies.map(Self.comment))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encode(byline, forKey: .byline)
        try container.encode(url, forKey: .url)
        try container.encode(date, forKey: .date)
        try container.encode(site, forKey: .site)
        try container.encode(text, forKey: .text)
        try container.encode(body, forKey: .body)
        try container.encode(comments, forKey: .comments)
        try container.encode(related, forKey: .related)
        try container.encode(warnings, forKey: .warnings)
    }

    /// Pretty-printed JSON with sorted keys and a final newline.
    public func jsonString() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings and lists cannot fail.
        let data = (try? encoder.encode(self)) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
