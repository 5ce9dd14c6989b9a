/// One row of the library: an article the reader can open, with what the list shows about it.
public struct LibraryItem: Hashable, Sendable, Identifiable {
    /// What identifies the article to the loader: a file path, or an article id from the library index.
    public var id: String
    /// The title shown.
    public var title: String
    /// Number of comments, when known.
    public var commentCount: Int?
    /// Number of annotations.
    public var annotationCount: Int
    /// Reading progress in percent, when the article was read before.
    public var progress: Int?

    /// Creates an item.
    public init(id: String, title: String, commentCount: Int? = nil, annotationCount: Int = 0, progress: Int? = nil) {
        self.id = id
        self.title = title
        self.commentCount = commentCount
        self.annotationCount = annotationCount
        self.progress = progress
    }
}
