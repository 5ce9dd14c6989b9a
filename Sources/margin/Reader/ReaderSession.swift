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
        let library: Library
        var partial = false
        if resolved.count == 1, !isDirectory(resolved[0]) {
            // One file needs no de-duplication of ids: skip Library's similarity fingerprints, which cost
            // more than the import itself on a long article (about 1 s for 10 MB). A long file opens from
            // its first part (see FirstPart).
            if let first = FirstPart.article(atPath: resolved[0]) {
                library = Library(articles: [first])
                partial = true
            } else {
                do {
                    library = Library(articles: [try ScrapedTextImporter().importArticle(atPath: resolved[0])])
                } catch {
                    library = Library(articles: [], failures: [ImportFailure(error)])
                }
            }
        } else {
            library = resolved.isEmpty ? Library(articles: []) : Library(loading: resolved)
        }
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
        // Store work on opening: re-anchor the annotations (saving only if one moved), record the article
        // in the library index; a store problem must not keep the article from being read.
        func opened(_ article: Article) -> (position: ReadingPosition?, count: Int) {
            guard let store else { return (nil, 0) }
            let count = (try? store.reanchor(article: article).annotations.count) ?? 0
            // The recorded entry is all this needs (position, title, file, last opened); the counts of
            // `libraryIndex()` would scan the annotations folder again on the start-up path.
            let entry = (try? store.openedArticles())?[article.id]
            if needsRecording(entry, article) { try? store.recordOpened(article: article, path: absolute(article.sourcePath)) }
            return (entry?.position, count)
        }
        let partialIDs = partial ? Set(library.articles.map(\.id.rawValue)) : []
        let environment = ReaderEnvironment(
            openArticle: { item in
                guard let article = articles[item.id] else { return .failure(.init("Article not found: \(item.title)")) }
                guard let store else { return .success((article, nil, 0)) }
                if partialIDs.contains(item.id) {
                    // Only the first part: read the store, change nothing (re-anchoring needs the whole text).
                    let entry = (try? store.openedArticles())?[article.id]
                    return .success((article, entry?.position, (try? store.annotations(for: article.id).count) ?? 0))
                }
                let result = opened(article)
                return .success((article, result.position, result.count))
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
            isPartial: { partialIDs.contains($0.id.rawValue) },
            completeArticle: { id in
                guard let path = articles[id]?.sourcePath else { return .failure(.init("Article not found")) }
                do {
                    let whole = try ScrapedTextImporter().importArticle(atPath: path)
                    articles[id] = whole  // export and later opens use the whole article
                    return .success((whole, opened(whole).count))
                } catch {
                    return .failure(.init("\(error)"))
                }
            },
            export: { job in ReaderExport.run(job, store: store, articles: Array(articles.values)) },
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

    /// Whether opening should be written to the library index: a new article, a new title or file, or
    /// a last-opened time more than a minute old. Reopening within the minute writes nothing, which keeps
    /// an fsync off the start-up path (the index orders "read before" by this time; a minute is plenty).
    static func needsRecording(_ entry: LibraryEntry?, _ article: Article) -> Bool {
        guard let entry, let opened = entry.lastOpened else { return true }
        return entry.title != article.title || (article.sourcePath != nil && entry.sourcePath != absolute(article.sourcePath))
            || Date().timeIntervalSince(opened) > 60
    }

    /// The path from the root, so the library index finds the file from any folder.
    static func absolute(_ path: String?) -> String? {
        guard let path, !path.hasPrefix("/") else { return path }
        return FileManager.default.currentDirectoryPath + "/" + path
    }

    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }
}
