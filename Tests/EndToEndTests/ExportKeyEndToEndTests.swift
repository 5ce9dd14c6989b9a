import Foundation
import Testing

/// The export key in the real reader: an annotation made with `margin annotate`, exported from the article.
@Suite(.serialized) struct ExportKeyEndToEndTests {
    @Test func exportKeyWritesTheArticlesAnnotationsAndSaysSo() throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("margin-export-e2e-\(getpid())")
        defer { try? FileManager.default.removeItem(at: data) }
        let output = data.appendingPathComponent("out.txt").path
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        let annotate = try spawnAndWait(
            [TmuxSession.marginBinary, "annotate", TmuxSession.packageRoot.appendingPathComponent("seeds/000_c0a91f7480b9ba36.txt").path,
             "--quote", "North Korea has effectively crossed the Rubicon", "--tag", "claim", "--data-dir", data.path],
            stdout: output)
        #expect(annotate == 0)
        let session = try TmuxSession(arguments: ["seeds/000_c0a91f7480b9ba36.txt"], environment: ["MARGINALIA_HOME": data.path])
        defer { session.close() }
        try session.waitFor(text: "ARTICLE │")
        try session.send("x")
        try session.waitFor(text: "Export article to: annotations-d1261dbe.md")
        let file = data.appendingPathComponent("korea.md").path
        try session.send("C-u")
        try session.type(file)
        try session.send("Enter")
        try session.waitFor(text: "Exported 1 annotation to")
        let markdown = try String(contentsOfFile: file, encoding: .utf8)
        #expect(markdown.contains("\n> North Korea has effectively crossed the Rubicon\n\n#claim\n"))
        try session.send("q", "q")
        #expect(try session.waitForExit() == 0)
    }
}
