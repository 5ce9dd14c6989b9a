#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// An annotation read from an import file, before it is matched to an article and re-anchored.
public struct ImportCandidate: Hashable, Sendable {
    /// A tag as the file names it: by id (Marginalia JSON) and name.
    public struct TagReference: Hashable, Sendable {
        /// The tag's id in the file, if the file has ids.
        public var id: TagID?
        /// The tag's name.
        public var name: String
    }

    /// Where in the file it came from (a JSON path, e.g. `$.first.items[3]`), for messages.
    public var place: String
    /// The annotation's id.
    public var id: UUID
    /// The article id the file gives (Marginalia JSON), if any.
    public var articleID: ArticleID?
    /// The article's address (URL or `file:` URI, without a `#comment-` fragment), if given.
    public var source: String?
    /// The article's title, if the file gives it.
    public var title: String?
    /// The part: the body, or the comment named by a `#comment-ID` fragment or the `part` field.
    public var part: PartID
    /// The position and quote; `start`/`end` are 0 and the quote's length when the file gives no position.
    public var selector: TextSelector
    /// Whether the file gave a position.
    public var hasPosition: Bool
    /// The tags.
    public var tags: [TagReference]
    /// The note, if any.
    public var note: String?
    /// When it was made.
    public var created: Date
    /// When it was last changed.
    public var modified: Date
    /// The status the file gives (Marginalia JSON), else `.anchored`.
    public var status: AnnotationStatus
    /// The quote as first selected, if the file gives it.
    public var originalQuote: String?

    /// A short description of where the article is said to be, for messages.
    public var articleDescription: String {
        if let source { return source }
        if let title, !title.isEmpty { return "“\(title)”" }
        if let articleID { return "article \(articleID)" }
        return "an unnamed article"
    }
}
