#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A marked passage: where it is (article, part, scalar range, quote with context), its tags and note.
///
/// Positions count Unicode scalars in the part's canonical text (`Article.text(of:)`); the quote, prefix and
/// suffix make the anchor redundant so it can be found again after the text changes (see Docs/anchoring.md).
public struct Annotation: Hashable, Sendable, Identifiable {
    /// Stable identity.
    public var id: UUID
    /// The article the passage is in.
    public var articleID: ArticleID
    /// The part of the article: its body or one comment.
    public var part: PartID
    /// The first Unicode scalar of the passage in the part's canonical text.
    public var start: Int
    /// One past the last Unicode scalar of the passage.
    public var end: Int
    /// The passage's text (`start..<end` when anchored).
    public var quote: String
    /// Up to 32 scalars of text just before the passage.
    public var prefix: String
    /// Up to 32 scalars of text just after the passage.
    public var suffix: String
    /// The annotation's tags, by id, in the order they were added.
    public var tagIDs: [TagID]
    /// The user's note, if any.
    public var note: String?
    /// When the annotation was made (whole seconds, UTC).
    public var created: Date
    /// When the annotation was last changed by the user or by re-anchoring (whole seconds, UTC).
    public var modified: Date
    /// How well the annotation is attached to the current text.
    public var status: AnnotationStatus
    /// The quote as first selected, kept when fuzzy re-anchoring replaced `quote` with the text now there.
    public var originalQuote: String?

    /// Creates an annotation on a selector made by `TextSelector(text:range:)`.
    public init(
        id: UUID = UUID(), articleID: ArticleID, part: PartID = .body, selector: TextSelector, tagIDs: [TagID] = [],
        note: String? = nil, created: Date = Timestamp.now(), modified: Date? = nil,
        status: AnnotationStatus = .anchored, originalQuote: String? = nil
    ) {
        self.id = id
        self.articleID = articleID
        self.part = part
        self.start = selector.start
        self.end = selector.end
        self.quote = selector.quote
        self.prefix = selector.prefix
        self.suffix = selector.suffix
        self.tagIDs = tagIDs
        self.note = note
        self.created = Timestamp.truncated(created)
        self.modified = Timestamp.truncated(modified ?? created)
        self.status = status
        self.originalQuote = originalQuote
    }

    /// The position and quote together, as re-anchoring uses them.
    public var selector: TextSelector {
        get { TextSelector(start: start, end: end, quote: quote, prefix: prefix, suffix: suffix) }
        set {
            start = newValue.start
            end = newValue.end
            quote = newValue.quote
            prefix = newValue.prefix
            suffix = newValue.suffix
        }
    }

    /// The passage's scalar range in the part's canonical text.
    public var range: Range<Int> { start..<max(start, end) }

    /// Whether the annotation could not be found in the current text.
    public var isOrphaned: Bool { status == .orphaned }
}
