#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import MarginaliaCore

/// Which screen is shown.
public enum AppScreen: Sendable, Equatable {
    case library
    case reader
}

/// A line of text being typed at the bottom of the screen.
public struct Prompt: Equatable, Sendable {
    /// What the text is for.
    public enum Kind: Sendable, Equatable {
        /// An incremental search in the article or the comments.
        case search
        /// The library's title filter.
        case filter
        /// The file to export annotations to: of this article (all when nil), only the listed ones if given.
        case export(articleID: String?, annotationIDs: [UUID]? = nil)
    }

    /// What the text is for.
    public var kind: Kind
    /// The text typed so far.
    public var text: String = ""
    /// Where the view was when the search began (restored on Esc).
    public var origin: Anchor = .start
    /// The search that was active before (restored on Esc).
    public var previousSearch: SearchState?
    /// The library selection before filtering.
    public var previousFilter: String = ""
}

/// A message on the status line until the next key.
public struct StatusMessage: Equatable, Sendable {
    /// The text.
    public var text: String
    /// Whether it reports a problem.
    public var isError: Bool

    /// Creates a message.
    public init(_ text: String, isError: Bool = false) {
        self.text = text
        self.isError = isError
    }
}

/// The whole state of the reader: everything a frame is drawn from.
public struct AppState: Equatable, Sendable {
    /// Terminal rows.
    public var rows: Int
    /// Terminal columns.
    public var columns: Int
    /// User settings.
    public var config: ReaderConfig
    /// The screen shown.
    public var screen: AppScreen = .library
    /// The library view.
    public var library: LibraryState
    /// The open article, if any.
    public var reader: ReaderState?
    /// The line being typed, if any.
    public var prompt: Prompt?
    /// The status-line message, if any.
    public var message: StatusMessage?
    /// The help screen's first row, when help is shown.
    public var helpTop: Int?
    /// The library-wide annotation list, when open (from the library or a reader).
    public var allAnnotations: AnnotationListState?
    /// The tag set as last loaded or changed (for the library-wide list and the tag manager outside a reader).
    public var tags: TagSet = .defaults
    /// Where to put the passage cursor once the article being opened arrives (from the library-wide list).
    public var pendingJump: PassageCursor?
    /// Set after a quit was refused because changes are not saved yet: quitting again leaves anyway.
    public var quitWarned = false
    /// Set when the user has asked to quit.
    public var isQuitting = false
    /// A command waiting for the rest of a partially read article.
    public var pendingCommand: Command?
    /// A key waiting for the rest of a partially read article (annotation keys, panels).
    public var pendingKey: Key?
    /// Effects put off until the first frame is drawn (loading an opened article's annotations).
    public var deferredEffects: [Effect] = []
    /// Set for the article opened at start-up: its annotations load after the first frame (`deferredEffects`).
    public var defersAnnotationLoading = false
    /// Set when margin was opened on a single article file: `q` then quits instead of showing the library.
    public var singleArticle = false

    /// The initial state: the library (an article can then be opened with `Action.articleOpened`).
    public init(rows: Int, columns: Int, config: ReaderConfig = ReaderConfig(), library: LibraryState) {
        self.rows = rows
        self.columns = columns
        self.config = config
        self.library = library
    }

    /// Sizes derived from the terminal size and the reading width.
    public var geometry: Geometry { Geometry(rows: rows, columns: columns, readingWidth: config.readingWidth) }

    /// The key context in effect.
    public var keyContext: KeyContext {
        if helpTop != nil { return .help }
        if screen == .reader, let reader {
            if reader.annotating.selection != nil { return .visual }
            return reader.view == .article ? .article : .comments
        }
        return .library
    }
}
