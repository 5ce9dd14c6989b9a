/// An imported article: its metadata, body blocks, comment thread and related links.
public struct Article: Hashable, Sendable {
    /// Stable identity; survives moving the file and light edits (see Docs/identity.md).
    public var id: ArticleID
    /// The title, as the page gives it.
    public var title: String
    /// The author line, when the page gives one.
    public var byline: String?
    /// The site or publication name, when known.
    public var site: String?
    /// The article's URL, when the page gives one.
    public var url: String?
    /// The publication date as the page gives it, when it does.
    public var date: String?
    /// The body blocks in reading order.
    public var body: [Block]
    /// Top-level comments in page order, each with its replies.
    public var comments: [Comment]
    /// Links to other articles (previous / next / related).
    public var related: [RelatedLink]
    /// Things the importer noticed and repaired or skipped, for the user to see.
    public var warnings: [String]
    /// The file the article was imported from, when it came from one.
    public var sourcePath: String?

    /// Creates an article.
    public init(
        id: ArticleID, title: String, byline: String? = nil, site: String? = nil, url: String? = nil,
        date: String? = nil, body: [Block], comments: [Comment] = [], related: [RelatedLink] = [],
        warnings: [String] = [], sourcePath: String? = nil
    ) {
        self.id = id
        self.title = title
        self.byline = byline
        self.site = site
        self.url = url
        self.date = date
        self.body = body
        self.comments = comments
        self.related = related
        self.warnings = warnings
        self.sourcePath = sourcePath
    }

    /// The canonical text of the body.
    public var text: String { CanonicalText.of(body) }

    /// Every comment in thread order (depth first), with its depth (0 for top level).
    public var flattenedComments: [(comment: Comment, depth: Int)] {
        var result: [(comment: Comment, depth: Int)] = []
        func visit(_ comments: [Comment], depth: Int) {
            for comment in comments {
                result.append((comment, depth))
                visit(comment.replies, depth: depth + 1)
            }
        }
        visit(comments, depth: 0)
        return result
    }

    /// The total number of comments, replies included.
    public var commentCount: Int { comments.reduce(comments.count) { $0 + $1.replyCount } }

    /// The comment with this id, wherever it is in the thread.
    public func comment(id: String) -> Comment? {
        func find(_ comments: [Comment]) -> Comment? {
            for comment in comments {
                if comment.id == id { return comment }
                if let found = find(comment.replies) { return found }
            }
            return nil
        }
        return find(comments)
    }

    /// The blocks of a part, or nil if the article has no such comment.
    public func blocks(of part: PartID) -> [Block]? {
        switch part {
        case .body: body
        case .comment(let id): comment(id: id)?.body
        }
    }

    /// The canonical text of a part, or nil if the article has no such comment.
    public func text(of part: PartID) -> String? {
        blocks(of: part).map(CanonicalText.of)
    }
}
