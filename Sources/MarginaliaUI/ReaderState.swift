import MarginaliaCore

/// Which side of an open article is shown.
public enum ReaderView: Sendable, Equatable {
    case article
    case comments
}

/// An open article: its two views and the active search.
public struct ReaderState: Equatable, Sendable {
    /// The library item it was opened from.
    public var itemID: String
    /// The article.
    public let article: Article
    /// Number of annotations on it (from the store).
    public var annotationCount: Int
    /// The view shown.
    public var view: ReaderView = .article
    /// The article laid out as a document.
    public let articleDocument: Document
    /// The top line of the article view.
    public var articleTop: Anchor = .start
    /// The comments view.
    public var comments: CommentsState
    /// The active search (its matches are highlighted in both views).
    public var search: SearchState?
    /// Whether only the first part of a long file is loaded (the rest is read when idle or when needed).
    public var isPartial = false
    /// A saved position past the part read so far, applied when the whole article arrives.
    var deferredPosition: ReadingPosition?
    /// The passage cursor, selection, annotations and annotation panels.
    public var annotating: AnnotatingState

    /// Opens an article at a saved position.
    public init(itemID: String, article: Article, annotationCount: Int = 0, position: ReadingPosition? = nil) {
        self.itemID = itemID
        self.article = article
        self.annotationCount = annotationCount
        articleDocument = ArticleSegments.make(article)
        comments = CommentsState(comments: article.comments)
        annotating = AnnotatingState(article: article)
        if let position {
            articleTop = anchor(for: position)
            if articleTop == .start && (position.block > 0 || position.offset > 0) { deferredPosition = position }
        }
    }

    /// The same view on the whole article, once a partial one is complete: the first part's blocks are the
    /// whole article's first blocks, so the tops and the search carry over.
    func completed(with article: Article, annotationCount: Int) -> ReaderState {
        var whole = ReaderState(itemID: itemID, article: article, annotationCount: annotationCount)
        whole.view = view
        whole.articleTop = deferredPosition.map { whole.anchor(for: $0) } ?? articleTop
        whole.search = search
        return whole
    }

    /// The document and top line of the view shown.
    public var document: Document { view == .article ? articleDocument : comments.document }

    /// The top line of the view shown.
    public var top: Anchor {
        get { view == .article ? articleTop : comments.top }
        set {
            if view == .article { articleTop = newValue } else { comments.top = newValue }
        }
    }

    /// The article view's top line as a position tied to the content (a body block and a scalar offset).
    /// The title and byline above the body are saved as the body's start, which restores to the title.
    public var readingPosition: ReadingPosition {
        let segment = articleDocument.segments.indices.contains(articleTop.segment) ? articleDocument.segments[articleTop.segment] : nil
        guard case .block(.body, let block) = segment?.source else { return ReadingPosition(part: .body, block: 0, offset: 0) }
        if articleTop.offset == Line.spacerOffset { return ReadingPosition(part: .body, block: block + 1, offset: 0) }
        return ReadingPosition(part: .body, block: block, offset: articleTop.offset)
    }

    /// The anchor of a saved position: the title for the body's start or a block that no longer exists.
    public func anchor(for position: ReadingPosition) -> Anchor {
        guard position.part == .body, position.block > 0 || position.offset > 0,
              let segment = articleDocument.segmentIndex(for: .block(.body, position.block))
        else { return .start }
        return Anchor(segment: segment, offset: max(0, position.offset))
    }
}
