/// What an export says about an article: its identity, title, source and the authors of its comments.
///
/// Built from the loaded article when it is available, else from what the store's library index remembers.
public struct ExportArticle: Hashable, Sendable {
    /// The article id.
    public var id: ArticleID
    /// The title ("" if unknown).
    public var title: String
    /// The author line, if known.
    public var byline: String?
    /// The page URL, if known.
    public var url: String?
    /// The file the article was imported from, if known.
    public var sourcePath: String?
    /// The author of each comment, by comment id.
    public var commentAuthors: [String: String]
    /// The comment ids in thread order (depth first), for ordering passages.
    public var commentOrder: [String]

    /// Creates an article description.
    public init(
        id: ArticleID, title: String, byline: String? = nil, url: String? = nil, sourcePath: String? = nil,
        commentAuthors: [String: String] = [:], commentOrder: [String] = []
    ) {
        self.id = id
        self.title = title
        self.byline = byline
        self.url = url
        self.sourcePath = sourcePath
        self.commentAuthors = commentAuthors
        self.commentOrder = commentOrder
    }

    /// The description of a loaded article.
    public init(_ article: Article) {
        var authors: [String: String] = [:]
        var order: [String] = []
        for (comment, _) in article.flattenedComments {
            authors[comment.id] = comment.author
            order.append(comment.id)
        }
        self.init(
            id: article.id, title: article.title, byline: article.byline, url: article.url,
            sourcePath: article.sourcePath, commentAuthors: authors, commentOrder: order)
    }

    /// The title, or a stand-in naming the id when the title is unknown.
    public var displayTitle: String { title.isEmpty ? "Article \(id.rawValue)" : title }

    /// The article's address: its URL when known, else a `file:` URI of its source file, else a
    /// `urn:marginalia:article:` URN of its id.
    public var sourceURI: String {
        if let url, !url.isEmpty { return url }
        if let sourcePath { return FileURI.from(path: sourcePath) }
        return "urn:marginalia:article:" + id.rawValue
    }

    /// The address of a part: the article's, with `#comment-ID` appended for a comment.
    public func sourceURI(for part: PartID) -> String {
        switch part {
        case .body: sourceURI
        case .comment(let id): Self.withoutFragment(sourceURI) + "#comment-" + FileURI.percentEncoded(id, keeping: FileURI.fragmentSafe)
        }
    }

    static func withoutFragment(_ uri: String) -> String {
        guard let hash = uri.firstIndex(of: "#") else { return uri }
        return String(uri[..<hash])
    }
}
