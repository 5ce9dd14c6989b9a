/// Why an article query did not name exactly one article.
public enum ResolveError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Nothing matched; `candidates` describes the articles there are (at most `ArticleResolver.listLimit`).
    case notFound(query: String, candidates: [String])
    /// Several articles matched; `candidates` describes them.
    case ambiguous(query: String, candidates: [String])

    /// The article descriptions the error lists.
    public var candidates: [String] {
        switch self {
        case .notFound(_, let candidates), .ambiguous(_, let candidates): candidates
        }
    }

    /// The message: one line, then the candidates, one per line, indented.
    public var description: String {
        let head: String
        switch self {
        case .notFound(let query, let candidates):
            head = candidates.isEmpty
                ? "no article matches “\(query)” (the library is empty)"
                : "no article matches “\(query)”; the articles are:"
        case .ambiguous(let query, _):
            head = "“\(query)” matches several articles; say which:"
        }
        return ([head] + candidates.map { "  " + $0 }).joined(separator: "\n")
    }
}
