import Foundation
import MarginaliaCore

/// The bundled seed articles, through the real importer.
enum Seeds {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func article(_ name: String) throws -> Article {
        try ScrapedTextImporter().importArticle(atPath: root.appendingPathComponent("seeds/\(name)").path)
    }

    static var macroduck: Article { get throws { try article("000_c0a91f7480b9ba36.txt") } }
    static var relevance: Article { get throws { try article("003_fad1952b841b7729.txt") } }
}
