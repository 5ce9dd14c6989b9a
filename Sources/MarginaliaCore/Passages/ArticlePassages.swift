/// An article's parts in reading order (the body, then every comment depth first), each as a `PartText`: what
/// the passage cursor and the visual selection move over.
public struct ArticlePassages: Hashable, Sendable {
    /// The parts with text, in reading order.
    public let parts: [PartText]
    private let indexByPart: [PartID: Int]

    /// Lays out an article's parts (empty parts are left out: nothing there can be selected).
    public init(article: Article) {
        var parts: [PartText] = []
        if !article.body.isEmpty { parts.append(PartText(part: .body, blocks: article.body)) }
        for (comment, _) in article.flattenedComments where !comment.body.isEmpty {
            parts.append(PartText(part: .comment(comment.id), blocks: comment.body))
        }
        self.parts = parts
        var index: [PartID: Int] = [:]
        for (i, part) in parts.enumerated() { index[part.part] = i }
        indexByPart = index
    }

    /// The position of a part in reading order.
    public func index(of part: PartID) -> Int? { indexByPart[part] }

    /// The text of a part.
    public func text(of part: PartID) -> PartText? { indexByPart[part].map { parts[$0] } }
}
