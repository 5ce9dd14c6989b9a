/// One comment in an article's thread, with its replies.
public struct Comment: Hashable, Sendable {
    /// A stable id, unique within the article (see Docs/identity.md).
    public var id: String
    /// The commenter's name as the page shows it.
    public var author: String
    /// The date as the page gives it, if it gives one.
    public var date: String?
    /// The comment's text blocks.
    public var body: [Block]
    /// Direct replies, in page order.
    public var replies: [Comment]

    /// Creates a comment.
    public init(id: String, author: String, date: String? = nil, body: [Block], replies: [Comment] = []) {
        self.id = id
        self.author = author
        self.date = date
        self.body = body
        self.replies = replies
    }

    /// The canonical text of this comment (not including replies).
    public var text: String { CanonicalText.of(body) }

    /// The number of comments in this subtree, not counting this one.
    public var replyCount: Int { replies.reduce(replies.count) { $0 + $1.replyCount } }
}
