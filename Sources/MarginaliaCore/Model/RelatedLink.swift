/// A link from the page to another article, such as the previous or next post.
public struct RelatedLink: Hashable, Sendable, Codable {
    /// How the link relates to the article: `previous`, `next` or `related`.
    public var relation: String
    /// The linked article's title as the page shows it.
    public var title: String

    /// Creates a related link.
    public init(relation: String, title: String) {
        self.relation = relation
        self.title = title
    }
}
