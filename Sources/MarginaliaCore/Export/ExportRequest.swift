#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Gathers an export from the store: resolves the article queries, selects the annotations, and describes
/// their articles from the loaded library (or, for articles not loaded, from the store's library index).
public enum ExportRequest {
    /// The document for `margin export` (and the reader's export key).
    ///
    /// Throws `StoreError` (store unreadable), `ResolveError` (an article query names no article or several),
    /// or `ExportError` (an unknown tag).
    public static func gather(
        store: AnnotationStore, library: [Article], articleQueries: [String] = [], tagNames: [String] = [],
        annotationIDs: Set<UUID>? = nil, exported: Date = Timestamp.now()
    ) throws -> ExportDocument {
        let index = try store.libraryIndex()
        let annotated = try store.annotatedArticles()
        var chosen = Set<ArticleID>()
        for query in articleQueries {
            chosen.insert(try resolve(query, library: library, annotated: annotated, index: index))
        }
        var loaded: [ArticleID: Article] = [:]
        for article in library where loaded[article.id] == nil { loaded[article.id] = article }
        var annotations: [Annotation] = []
        for id in annotated where chosen.isEmpty || chosen.contains(id) {
            // An export opens the article: re-anchor on its current text first (saving any move), as the reader
            // and `margin annotations` do, so positions and statuses describe the text as it is now.
            if let article = loaded[id] {
                annotations += try store.reanchor(article: article).annotations
            } else {
                annotations += try store.annotations(for: id)
            }
        }
        let articles = annotated.map { id -> ExportArticle in
            if let article = loaded[id] { return ExportArticle(article) }
            if let entry = index[id] { return ExportArticle(id: id, title: entry.title, sourcePath: entry.sourcePath) }
            return ExportArticle(id: id, title: "")
        }
        let selection = ExportSelection(articles: chosen, tagNames: tagNames, annotationIDs: annotationIDs)
        return try selection.document(annotations: annotations, tags: try store.tags(), articles: articles, exported: exported)
    }

    /// The article a query names: looked up in the library first (see `ArticleResolver`), then among the
    /// annotated articles that are not loaded, by id, id prefix or remembered title.
    public static func resolve(
        _ query: String, library: [Article], annotated: [ArticleID], index: LibraryIndex
    ) throws(ResolveError) -> ArticleID {
        do {
            return try ArticleResolver.resolve(query, in: library).id
        } catch {
            guard case .notFound = error else { throw error }
            let loaded = Set(library.map(\.id))
            let others = annotated.filter { !loaded.contains($0) }
            let lower = String(query.trimmingASCIISpaces()).lowercased()
            guard !lower.isEmpty else { throw error }
            let steps: [(ArticleID) -> Bool] = [
                { $0.rawValue == lower },
                { $0.rawValue.hasPrefix(lower) },
                { index[$0]?.title.lowercased().contains(lower) ?? false },
            ]
            for step in steps {
                let matches = others.filter(step)
                if matches.count == 1 { return matches[0] }
                if matches.count > 1 {
                    throw .ambiguous(query: query, candidates: matches.map { "\($0.rawValue.prefix(8))  \(index[$0]?.title ?? "")" })
                }
            }
            throw error
        }
    }
}
