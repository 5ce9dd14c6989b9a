/// The articles loaded from the files and folders a user gave, with the files that failed.
///
/// One bad file never stops the rest: it is recorded in `failures` and skipped. Ids are unique in
/// `articles` (see `ArticleIdentity.assignIDs`), except that two copies of the same article share one.
public struct Library: Sendable {
    /// The loaded articles, in path order.
    public var articles: [Article]
    /// The files that could not be loaded.
    public var failures: [ImportFailure]

    /// Creates a library from already imported articles.
    public init(articles: [Article], failures: [ImportFailure] = []) {
        self.articles = articles
        self.failures = failures
    }

    /// Loads every article file under `paths` (see `ArticleFiles`).
    public init(loading paths: [String], importer: ScrapedTextImporter = ScrapedTextImporter()) {
        let found = ArticleFiles.find(paths)
        var articles: [Article] = []
        var failures = found.failures
        for path in found.files {
            do {
                articles.append(try importer.importArticle(atPath: path))
            } catch {
                failures.append(ImportFailure(error))
            }
        }
        self.init(articles: ArticleIdentity.assignIDs(articles), failures: failures)
    }

    /// Loads every article file under `paths`.
    public static func load(_ paths: [String]) -> Library { Library(loading: paths) }

    /// The article loaded from the file at `path` (compared after resolving links and relative parts).
    public func article(atPath path: String) -> Article? {
        let wanted = ArticleFiles.canonicalPath(path)
        return articles.first { $0.sourcePath.map(ArticleFiles.canonicalPath) == wanted }
    }

    /// Finds one article by id, id prefix, path, file-name prefix or title substring (see
    /// `ArticleResolver`); a path is also matched after resolving links and relative parts.
    public func resolve(_ query: String) throws(ResolveError) -> Article {
        if query.contains("/"), let found = article(atPath: query) { return found }
        return try ArticleResolver.resolve(query, in: articles)
    }
}
