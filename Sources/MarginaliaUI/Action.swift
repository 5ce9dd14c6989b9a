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
}

/// Work the reducer asks the outside world to do.
public enum Effect: Equatable, Sendable {
    /// Load this library item's article, then send `Action.articleOpened` (or `openFailed`).
    case openArticle(LibraryItem)
    /// Remember where the user was in an article.
    case saveReadingPosition(articleID: String, ReadingPosition)
    /// Read the rest of a long article that was opened from its first part, then send `Action.articleCompleted`.
    case completeArticle
    /// Leave the program.
    case quit
}
