import MarginaliaCore

/// How a segment is presented.
public enum SegmentKind: Hashable, Sendable {
    case title
    case meta
    case paragraph
    case heading
    case quote
    case listItem
    case commentHeader
}

/// Where a segment's text comes from, so that positions on screen map back to the article.
public enum SegmentSource: Hashable, Sendable {
    /// The article's title.
    case title
    /// The byline / site / date line.
    case meta
    /// Block `index` of a part (the body, or a comment): offsets in the segment are offsets in that block.
    case block(PartID, Int)
    /// The header line (author, date) of the comment with this id.
    case commentHeader(String)
    /// Explanatory text that belongs to no part ("No comments.").
    case note
}

/// One unit of laid-out text: a paragraph, heading, quote, list item, title or comment header.
public struct Segment: Hashable, Sendable {
    /// How it is drawn.
    public var kind: SegmentKind
    /// The raw (unsanitised) text; offsets count its Unicode scalars.
    public var text: String
    /// Where the text comes from.
    public var source: SegmentSource
    /// Columns of indentation inside the reading column (comment depth).
    public var indent: Int
    /// Whether a blank line follows it.
    public var spaceAfter: Bool

    /// Creates a segment.
    public init(kind: SegmentKind, text: String, source: SegmentSource, indent: Int = 0, spaceAfter: Bool = true) {
        self.kind = kind
        self.text = text
        self.source = source
        self.indent = indent
        self.spaceAfter = spaceAfter
    }

    /// The decoration drawn before the first line (`• ` for list items, `│ ` for quotes).
    public var firstPrefix: String {
        switch kind {
        case .quote: "│ "
        case .listItem: "• "
        default: ""
        }
    }

    /// The decoration drawn before the following lines.
    public var continuationPrefix: String {
        switch kind {
        case .quote: "│ "
        case .listItem: "  "
        default: ""
        }
    }

    /// The comment this segment belongs to, if any.
    public var commentID: String? {
        switch source {
        case .commentHeader(let id): id
        case .block(.comment(let id), _): id
        default: nil
        }
    }
}
