import Foundation
import Testing

@Suite struct ShowCommandTests {
    @Test func showJSONHasExactlyTheDocumentedFields() throws {
        let result = try MarginCLI.run(["show", "000", "--json"])
        #expect(result.exitCode == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(Set(object.keys) == ["id", "title", "byline", "url", "date", "site", "text", "body", "comments", "related", "warnings"])
        #expect(object["byline"] is NSNull)
        let body = try #require(object["body"] as? [[String: Any]])
        #expect(body.count == 4)
        #expect(Set(body[0].keys) == ["kind", "text"])
        let comments = try #require(object["comments"] as? [[String: Any]])
        #expect(comments.count == 1)
        #expect(Set(comments[0].keys) == ["id", "author", "date", "text", "body", "replies"])
        #expect(comments[0]["author"] as? String == "Macroduck")
    }

    @Test func showWrapsTextToTheWidth() throws {
        let result = try MarginCLI.run(["show", "003", "--width", "40"])
        #expect(result.exitCode == 0)
        #expect(result.stdout.hasPrefix("North Korea - The Fight for Relevance"))
        for line in result.stdout.split(separator: "\n") { #expect(line.count <= 40) }
        #expect(result.stdout.contains("Next: Rohingya Refugees"))
    }

    @Test func unknownArticleListsCandidates() throws {
        let result = try MarginCLI.run(["show", "zebra"])
        #expect(result.exitCode == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("no article matches “zebra”"))
        #expect(result.stderr.contains("Rohingya") == false)
        #expect(result.stderr.contains("North Korea - The Fight"))
    }

    @Test func bidiControlsNeverReachATerminal() throws {
        let file = try MarginCLI.temporaryFolder().appendingPathComponent("bidi.txt")
        try Data("Title \u{2066}x\u{2069}\n\nab\u{202E}cd \u{202A}ef\u{202C}\n".utf8).write(to: file)
        let terminal = try MarginCLI.runOnTerminal(["show", file.path, "--width", "40"])
        #expect(terminal.exitCode == 0)
        #expect(terminal.stdout.contains("abcd ef"))
        #expect(!terminal.stdout.unicodeScalars.contains { (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) })
        // Into a pipe the text is data and stays exact.
        let piped = try MarginCLI.run(["show", file.path, "--width", "40"])
        #expect(piped.stdout.contains("ab\u{202E}cd"))
    }

    @Test func aFileShownByPathHasTheIdItsLibraryGivesIt() throws {
        let folder = try MarginCLI.temporaryFolder()
        try Data("Weekly Links\n\nTrade, tariffs and ports this week.".utf8).write(to: folder.appendingPathComponent("1.txt"))
        try Data("Weekly Links\n\nMusic festivals and guitars instead.".utf8).write(to: folder.appendingPathComponent("2.txt"))
        let list = try MarginCLI.run(["list", "--json", folder.path])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        let ids = rows.compactMap { $0["id"] as? String }
        #expect(ids.count == 2 && ids[0] != ids[1])
        let second = folder.appendingPathComponent("2.txt").path
        let byPath = try MarginCLI.run(["show", second, "--json", "--library", folder.path])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(byPath.stdout.utf8)) as? [String: Any])
        #expect(object["id"] as? String == ids[1])
        let byRelativePath = try MarginCLI.run(["show", "./2.txt", "--json", "--library", "."], cwd: folder)
        #expect(byRelativePath.stdout == byPath.stdout)
    }
}
