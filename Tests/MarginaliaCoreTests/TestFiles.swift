import Foundation
@testable import MarginaliaCore

/// Paths of the seeds and fixtures, found from this source file's location.
enum TestFiles {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let packageRoot = testsFolder.deletingLastPathComponent().deletingLastPathComponent()

    static func seed(_ name: String) -> String { packageRoot.appendingPathComponent("seeds/\(name)").path }
    static func fixture(_ name: String) -> String { testsFolder.appendingPathComponent("Fixtures/\(name)").path }

    /// Imports a page given as a string.
    static func importText(_ text: String, path: String = "test.txt") throws -> Article {
        try ScrapedTextImporter().importArticle(bytes: Array(text.utf8), sourcePath: path)
    }

    /// A new empty temporary folder.
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("marginalia-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}
