#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Glibc
import MarginaliaCore
import MarginaliaUI

/// What the reader starts with: the library items, how to open them, and where positions are kept.
struct ReaderSession {
    /// The library rows.
    var items: [LibraryItem]
    /// Files that could not be loaded.
    var failures: [String]
    /// Whether to open the (single) article straight away.
    var opensArticle: Bool
    /// Shown when the library is empty.
    var emptyNotice: String
    /// Loading and saving for the loop.
    var environment: ReaderEnvironment

    /// Loads the articles under `paths`; with none, the package's seeds/ when run from the package root.
    static func make(paths: [String], environment: [String: String]) -> ReaderSession {
        var paths = paths
        let opensArticle = paths.count == 1 && !isDirectory(paths[0])
        if paths.isEmpty, FileManager.default.fileExists(atPath: "Package.swift"), isDirectory("seeds") {
            paths = ["seeds"]
        }
        let loaded = ReaderArticles.load(paths)
        var articles: [String: Article] = [:]
        var items: [LibraryItem] = []
        let positions = MemoryPositionStore()
        for article in loaded.articles {
            let id = article.id.rawValue
            articles[id] = article
            items.append(
                LibraryItem(id: id, title: article.title, commentCount: article.commentCount, annotationCount: 0,
                            progress: positions.position(for: id)?.percent))
        }
        let notice = "No articles read yet. Open one with: margin PATH (an article file or a folder of them)."
        let env = ReaderEnvironment(
            openArticle: { item in
                guard let article = articles[item.id] else { return .failure(.init("Article not found: \(item.title)")) }
                return .success((article, positions.position(for: item.id), 0))
            },
            saveReadingPosition: { id, position in
                do {
                    try positions.save(position, for: id)
                    return nil
                } catch {
                    return "\(error)"
                }
            })
        return ReaderSession(items: items, failures: loaded.failures, opensArticle: opensArticle && items.count == 1,
                             emptyNotice: notice, environment: env)
    }

    static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }
}

/// Reading positions kept for the session only (the annotation store keeps them across runs once wired).
final class MemoryPositionStore: ReadingPositionStore {
    private var positions: [String: ReadingPosition] = [:]

    func position(for article: String) -> ReadingPosition? { positions[article] }

    func save(_ position: ReadingPosition, for article: String) throws { positions[article] = position }
}
