import Foundation
import Testing
@testable import MarginaliaCore

/// Runs the W3C Web Annotation test suite's checker (../shared/tools/w3c-annotation-check, beside the package
/// in development and in CI) on exports of annotations on the seeds.
@Suite struct W3CConformanceTests {
    static let checker = TestFiles.packageRoot.deletingLastPathComponent().appendingPathComponent("shared/tools/w3c-annotation-check")

    /// Annotations on both seeds: body passages, a comment passage, tags with a hierarchy, a note, an orphan.
    static func seedDocument() throws -> ExportDocument {
        let library = Library(loading: [TestFiles.packageRoot.appendingPathComponent("seeds").path])
        #expect(library.articles.count == 2)
        var tags = TagSet.defaults
        try tags.add(Tag(id: TagID("actors-russia"), name: "actors/russia", color: .red, description: "Russia"))
        var annotations: [Annotation] = []
        var counter = 0
        func add(_ article: Article, _ part: PartID, _ needle: String, tags: [TagID], note: String? = nil, status: AnnotationStatus = .anchored) throws {
            let text = try #require(article.text(of: part))
            let selector = try TextSelector(text: text, range: SeedArticles.range(of: needle, in: text))
            counter += 1
            annotations.append(Annotation(
                articleID: article.id, part: part, selector: selector, tagIDs: tags, note: note,
                created: Date(timeIntervalSince1970: 1_730_538_900 + Double(counter)), status: status))
        }
        let korea = try #require(library.articles.first { $0.commentCount > 0 })
        let other = try #require(library.articles.first { $0.id != korea.id })
        try add(korea, .body, "North Korea has effectively crossed the Rubicon", tags: [TagID("default-claim"), TagID("actors-russia")],
                note: "Cha's central claim, \"Rubicon\".\nSecond line <b>html</b>.")
        try add(korea, .body, "they’re fair game", tags: [TagID("default-quote")])
        let comment = try #require(korea.flattenedComments.first).comment
        try add(korea, .comment(comment.id), "New world out there", tags: [TagID("default-question")], note: "a comment passage")
        try add(other, .body, String(other.body[min(2, other.body.count - 1)].text.prefix(40)), tags: [])
        try add(other, .body, String(other.body[1].text.prefix(20)), tags: [TagID("default-evidence")], status: .orphaned)
        return ExportDocument(annotations: annotations, articles: library.articles.map(ExportArticle.init), tags: tags)
    }

    func check(_ bytes: [UInt8]) throws -> (status: Int32, output: String, errors: String) {
        guard FileManager.default.isExecutableFile(atPath: Self.checker.path) else {
            Issue.record("the W3C checker is missing at \(Self.checker.path): CI must have ../shared beside the clone")
            throw CocoaError(.fileNoSuchFile)
        }
        let folder = TemporaryFolder()
        let file = folder.path + "/export.jsonld"
        try Data(bytes).write(to: URL(fileURLWithPath: file))
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Self.checker.path, file]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let out = output.fileHandleForReading.readDataToEndOfFile()
        let err = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
    }

    @Test func seedExportPassesTheW3CChecker() throws {
        let document = try Self.seedDocument()
        let result = try check(ExportFormat.w3c.render(document))
        let summary = result.output.split(separator: "\n").last.map(String.init) ?? ""
        #expect(result.errors.isEmpty, "checker warnings (pip install jsonschema rfc3986-validator rfc3339-validator): \(result.errors)")
        #expect(summary.hasSuffix(" passed, 0 failed"), "\(result.output.split(separator: "\n").filter { $0.contains("FAIL") }.prefix(10))")
        #expect(result.status == 0)
        // Every annotation was checked (the checker prints one header per item).
        #expect(result.output.components(separatedBy: "== ").count - 1 == 1 + document.annotations.count)
    }

    @Test func trickyAndEmptyExportsPassTheW3CChecker() throws {
        for document in [ExportFixtures.document(), ExportFixtures.document([])] {
            let result = try check(ExportFormat.w3c.render(document))
            #expect(result.output.hasSuffix(" passed, 0 failed\n"))
            #expect(result.status == 0)
        }
    }
}
