import Foundation
@testable import MarginaliaCore

/// Articles built from the seeds' paragraphs (independent of the importer), and edited copies of them.
enum SeedArticles {
    static let seedsDirectory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("seeds")

    /// The non-empty paragraphs of a seed file, whitespace-trimmed.
    static func paragraphs(_ name: String) -> [String] {
        let text = try! String(contentsOf: seedsDirectory.appendingPathComponent(name), encoding: .utf8)
        return text.components(separatedBy: "\n")
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }

    static func article(_ paragraphs: [String], id: String = "00000000000000aa") -> Article {
        Article(id: ArticleID(id), title: "Test", body: paragraphs.map(Block.paragraph))
    }

    static var korea: [String] { paragraphs("000_c0a91f7480b9ba36.txt") }
    static var second: [String] { paragraphs("003_fad1952b841b7729.txt") }

    /// The scalar range of `needle` in `text` (first occurrence, or the `occurrence`-th).
    static func range(of needle: String, in text: String, occurrence: Int = 1) -> Range<Int> {
        let hay = ScalarText(text).scalars
        let pattern = ScalarText(needle).scalars
        var seen = 0
        for i in 0...(hay.count - pattern.count) where Array(hay[i..<(i + pattern.count)]) == pattern {
            seen += 1
            if seen == occurrence { return i..<(i + pattern.count) }
        }
        fatalError("'\(needle)' not found")
    }

    /// An annotation on the passage `needle` in the article body.
    static func annotation(on needle: String, in article: Article, occurrence: Int = 1) -> Annotation {
        let range = range(of: needle, in: article.text, occurrence: occurrence)
        let selector = try! TextSelector(text: article.text, range: range)
        return Annotation(articleID: article.id, selector: selector)
    }
}
