#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One row of `margin list`: the article's id, title, file and sizes.
public struct ArticleSummary: Codable, Equatable, Sendable {
    /// The full article id.
    public var id: String
    /// The title.
    public var title: String
    /// The file it was imported from, or null.
    public var path: String?
    /// Body blocks.
    public var paragraphs: Int
    /// Comments, replies included.
    public var comments: Int
    /// Import warnings.
    public var warnings: [String]

    /// The summary of an article.
    public init(_ article: Article) {
        id = article.id.rawValue
        title = article.title
        path = article.sourcePath
        paragraphs = article.body.count
        comments = article.commentCount
        warnings = article.warnings
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encode(path, forKey: .path)
        try container.encode(paragraphs, forKey: .paragraphs)
        try container.encode(comments, forKey: .comments)
        try container.encode(warnings, forKey: .warnings)
    }

    /// The table `margin list` prints: a header row, then one row per article.
    public static func table(_ articles: [Article]) -> [String] {
        var rows = ["ID        PARAS  COMMENTS  TITLE"]
        for article in articles {
            let id = String(article.id.rawValue.prefix(8))
            rows.append("\(id)  \(pad(article.body.count, 5))  \(pad(article.commentCount, 8))  \(article.title)")
        }
        return rows
    }

    /// The JSON `margin list --json` prints: an array of summaries.
    public static func jsonString(_ articles: [Article]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(articles.map(ArticleSummary.init))) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private static func pad(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
