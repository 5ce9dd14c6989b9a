#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import MarginaliaCore

/// Everything that can happen to the reader.
public enum Action: Equatable, Sendable {
    /// A key press.
    case key(Key)
    /// The terminal changed size.
    case resize(rows: Int, columns: Int)
    /// A command, as if its key were pressed (for tests and scripted use).
    case command(Command)
    /// The article asked for by `Effect.openArticle` is loaded.
    case articleOpened(itemID: String, article: Article, position: ReadingPosition?, annotationCount: Int)
    /// The whole article, replacing the first part shown while a long file was still being read.
    case articleCompleted(article: Article, annotationCount: Int)
    /// Loading the article failed.
    case openFailed(String)
    /// An export asked for by `Effect.export` finished; the message says how it went.
    case exportFinished(StatusMessage)
    /// The open article's annotations and the tag set, read from the store.
    case annotationsLoaded(articleID: ArticleID, annotations: [Annotation], tags: TagSet)
    /// Reading annotations (or tags) from the store failed.
    case annotationsFailed(String)
    /// A change was handed to the store: saved, or kept pending.
    case saved(SaveOutcome)
    /// The external editor returned a note for a passage (nil: the editor failed, with a message).
    case noteEdited(target: PassageCursor, annotationID: UUID?, note: String?, error: String?)
    /// Every annotation in the library, for the library-wide list or the tag manager.
    case libraryAnnotationsLoaded(rows: [AnnotationListRow], tags: TagSet, forTagManager: Bool)
}

/// Work the reducer asks the outside world to do.
public enum Effect: Equatable, Sendable {
    /// Load this library item's article, then send `Action.articleOpened` (or `openFailed`).
    case openArticle(LibraryItem)
    /// Remember where the user was in an article.
    case saveReadingPosition(articleID: String, ReadingPosition)
    /// Read the rest of a long article that was opened from its first part, then send `Action.articleCompleted`.
    case completeArticle
    /// Write annotations to a file, then send `Action.exportFinished`.
    case export(ExportJob)
    /// Leave the program.
    case quit
    /// Read an article's annotations and the tag set, then send `Action.annotationsLoaded`.
    case loadAnnotations(ArticleID)
    /// Save a change through the store at once (after any pending ones), then send `Action.saved`.
    case saveChange(StoreChange)
    /// Edit a note in $VISUAL / $EDITOR, then send `Action.noteEdited`.
    case editNoteExternally(target: PassageCursor, annotationID: UUID?, note: String)
    /// Read every annotation in the library, then send `Action.libraryAnnotationsLoaded`.
    case loadLibraryAnnotations(forTagManager: Bool)
}
