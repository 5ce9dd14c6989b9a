#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Glibc
import MarginaliaCore
import MarginaliaUI

/// What the reader starts with: the library rows, how to open them, and the store that keeps reading
/// positions and the library index.
struct ReaderSession {
    /// The library rows.
    var items: [LibraryItem]
    /// Files that could not be loaded, and store problems, for stderr.
    var problems: [String]
    /// Whether to open the (single) article straight away.
    var opensArticle: Bool
    /// Shown when the library is empty.
    var emptyNotice: String
    /// Loading and saving for the loop.
    var environment: ReaderEnvironment

    /// Shown when there is nothing to list.
    static let emptyNotice =
        "No articles read yet. Open one with: margin PATH (an article file or a folder of them)."

    /// Loads the articles under `paths`; with none, seeds/ from the package root, else the articles read
    /// before (the store's library index).
    static func make(paths: [String], store: AnnotationStore?) -> ReaderSession {
        var problems: [String] = []
        let index = store.flatMap { store -> LibraryIndex? in
            do {
                return try store.libraryIndex()
            } catch {
                problems.append("\(error)")
                return nil
            }
        }
        var resolved = LibraryPaths.resolve(paths) ?? []
        if resolved.isEmpty, let index {
            resolved = index.recentFirst.compactMap(\.sourcePath).filter { FileManager.default.fileExists(atPath: $0) }
        }
        let library = resolved.isEmpty ? Library(articles: []) : Library(loading: resolved)
        problems += library.failures.map(\.description)

        var articles: [String: Article] = [:]
        var titles: [ArticleID: String] = [:]
        for entry in index?.entries ?? [] { titles[entry.id] = entry.title }
        var items: [LibraryItem] = []
        for article in library.articles where articles[article.id.rawValue] == nil {
            let id = article.id.rawValue
            articles[id] = article
            titles[article.id] = article.title
            let entry = index?[article.id]
            items.append(
                LibraryItem(
                    id: id, title: article.title, commentCount: article.commentCount,
                    annotationCount: entry?.annotationCount ?? 0,
                    progress: entry?.position.map { ReadingProgress.percent(of: $0, in: article) }))
        }
        let environment = ReaderEnvironment(
            openArticle: { item in
                guard let article = articles[item.id] else { return .failure(.init("Article not found: \(item.title)")) }
                guard let store else { return .success((article, nil, 0)) }
                // Opening re-anchors the article's annotations and records it in the library index; a store
                // problem must not keep the article from being read.
                _ = try? store.open(article, path: article.sourcePath)
                let position = (try? store.libraryIndex())?[article.id]?.position
                let count = (try? store.annotations(for: article.id).count) ?? 0
                return .success((article, position, count))
            },
            saveReadingPosition: { id, position in
                guard let store else { return "no data folder" }
                do {
                    try store.setReadingPosition(position, for: ArticleID(id))
                    return nil
                } catch {
                    return "\(error)"
                }
            },
            // Annotations are saved through the store at once; without a data folder they stay in memory.
            annotations: store.map { store in
                AnnotationEnvironment.store(
                    AnnotationSaver(store: store), titles: { titles[$0] ?? $0.rawValue },
                    editNote: { _ in .failure(.init("no editor")) })
            } ?? .memory())
        let opensArticle = paths.count == 1 && !isDirectory(paths[0]) && items.count == 1
        return ReaderSession(items: items, problems: problems, opensArticle: opensArticle,
                             emptyNotice: emptyNotice, environment: environment)
    }

    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }
}
