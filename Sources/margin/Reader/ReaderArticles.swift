#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import MarginaliaCore

/// Loads articles for the reader.
///
/// Stand-in until the importer (issue 2) lands on main: plain text, first paragraph as title, paragraphs
/// split on blank lines. At merge this becomes `Library(loading: paths)`.
enum ReaderArticles {
    static func load(_ paths: [String]) -> (articles: [Article], failures: [String]) {
        var articles: [Article] = []
        var failures: [String] = []
        var files: [String] = []
        for path in paths {
            if ReaderSession.isDirectory(path) {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                files += names.filter { $0.hasSuffix(".txt") }.sorted().map { path + "/" + $0 }
            } else {
                files.append(path)
            }
        }
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                failures.append("cannot read \(file)")
                continue
            }
            let text = String(decoding: data, as: UTF8.self)
            var paragraphs: [String] = []
            var current = ""
            for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
                let trimmed = line.trimmingSpaces
                if trimmed.isEmpty {
                    if !current.isEmpty { paragraphs.append(current) }
                    current = ""
                } else {
                    current += current.isEmpty ? String(trimmed) : " " + trimmed
                }
            }
            if !current.isEmpty { paragraphs.append(current) }
            let title = paragraphs.first ?? file
            let id = ArticleID(String(articles.count))
            articles.append(Article(id: id, title: title, body: paragraphs.dropFirst().map(Block.paragraph), sourcePath: file))
        }
        return (articles, failures)
    }
}

extension Substring {
    var trimmingSpaces: Substring {
        var s = self
        while let c = s.first, c.isWhitespace { s.removeFirst() }
        while let c = s.last, c.isWhitespace { s.removeLast() }
        return s
    }
}
