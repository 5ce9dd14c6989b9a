import MarginaliaCore

/// The annotating side of an open article: its passages, its annotations, the passage cursor, the visual
/// selection, and the annotation panel open on top of the text (if any).
public struct AnnotatingState: Equatable, Sendable {
    /// The article's parts as sentences and words.
    public let passages: ArticlePassages
    /// The article's annotations, the tag set and the undo history.
    public var book: AnnotationBook
    /// The passage cursor (nil only for an article without text).
    public var cursor: PassageCursor?
    /// The visual selection, while one is being made.
    public var selection: PassageSelection?
    /// The panel shown over the text (tag picker, note editor, lists, tag manager).
    public var panel: AnnotationPanel?
    /// Whether the annotations were loaded from the store (until then tagging waits).
    public var isLoaded = false
    /// Why the annotations could not be loaded, if they could not (tagging then says so instead of waiting).
    public var loadError: String?

    /// The annotating state of a freshly opened article.
    public init(article: Article) {
        passages = ArticlePassages(article: article)
        book = AnnotationBook(articleID: article.id, annotations: [], tags: .defaults)
        cursor = passages.firstSentence()
    }

    /// The passage keys act on: the selection (snapped to words) if there is one, else the cursor's.
    public var target: PassageCursor? {
        if let selection {
            return PassageCursor(part: selection.part, range: passages.selectedRange(selection))
        }
        return cursor
    }
}
