/// Finds the article a user means from what they typed on the command line.
///
/// Tried in order, the first step with any match decides: the exact id; the exact path (as loaded, or
/// with `./` and trailing differences removed) or exact file name (with or without extension); a unique
/// id prefix or file-name prefix (`000`) taken together; a case-insensitive title substring.
public enum ArticleResolver {
    /// At most this many candidates are listed in an error.
    public static let listLimit = 20

    /// The one article `query` names.
    public static func resolve(_ query: String, in articles: [Article]) throws(ResolveError) -> Article {
        let trimmed = String(query.trimmingASCIISpaces())
        guard !trimmed.isEmpty else { throw .notFound(query: query, candidates: describe(articles)) }
        let lower = trimmed.lowercased()
        let steps: [(Article) -> Bool] = [
            { $0.id.rawValue == lower },
            { article in
                guard let path = article.sourcePath else { return false }
                let name = fileName(path)
                return samePath(path, trimmed) || name == trimmed || stem(name) == trimmed
            },
            { $0.id.rawValue.hasPrefix(lower) || ($0.sourcePath.map { fileName($0).hasPrefix(trimmed) } ?? false) },
            { $0.title.lowercased().contains(lower) },
        ]
        for step in steps {
            let matches = articles.filter(step)
            if matches.count == 1 { return matches[0] }
            // Copies of one article (the same file reached by two paths, e.g. seeds/ and the store's
            // remembered absolute path) share its id and are one article, not an ambiguity.
            if let first = matches.first, matches.allSatisfy({ $0.id == first.id }) { return first }
            if matches.count > 1 { throw .ambiguous(query: query, candidates: describe(matches)) }
        }
        throw .notFound(query: query, candidates: describe(articles))
    }

    /// One line per article: id prefix, title, file.
    public static func describe(_ articles: [Article]) -> [String] {
        var lines = articles.prefix(listLimit).map { article in
            "\(article.id.rawValue.prefix(8))  \(article.title)" + (article.sourcePath.map { "  (\($0))" } ?? "")
        }
        if articles.count > listLimit { lines.append("… and \(articles.count - listLimit) more") }
        return lines
    }

    static func fileName(_ path: String) -> String {
        path.split(separator: "/").last.map(String.init) ?? path
    }

    static func stem(_ name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return name }
        return String(name[..<dot])
    }

    /// Compares paths after removing `./` segments and repeated or trailing slashes.
    static func samePath(_ a: String, _ b: String) -> Bool {
        func clean(_ path: String) -> String {
            let absolute = path.hasPrefix("/")
            let parts = path.split(separator: "/").filter { $0 != "." }
            return (absolute ? "/" : "") + parts.joined(separator: "/")
        }
        return clean(a) == clean(b)
    }
}
