import Foundation
import Testing

@Suite struct ListCommandTests {
    @Test func listsTheBundledSeedsFromThePackageRoot() throws {
        let result = try MarginCLI.run(["list"])
        #expect(result.exitCode == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("ID"))
        #expect(result.stdout.contains("“At least 3,000 North Korean soldiers now inside Russia, US says”"))
        #expect(result.stdout.contains("North Korea - The Fight for Relevance on a Crowded World Stage"))
        #expect(result.stderr.isEmpty)
    }

    @Test func withoutPathsOutsideThePackageRootItSaysHowToGivePaths() throws {
        let folder = try MarginCLI.temporaryFolder()
        let result = try MarginCLI.run(["list"], cwd: folder)
        #expect(result.exitCode == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("no articles given"))
    }

    @Test func oneBadFileIsReportedAndTheRestStillList() throws {
        let folder = try MarginCLI.temporaryFolder()
        try Data("A title\n\nA body.\n".utf8).write(to: folder.appendingPathComponent("good.txt"))
        try Data().write(to: folder.appendingPathComponent("empty.txt"))
        try Data("Hidden\n\nNot listed.\n".utf8).write(to: folder.appendingPathComponent(".hidden.txt"))
        let result = try MarginCLI.run(["list", folder.path])
        #expect(result.exitCode == 1)
        #expect(result.stdout.contains("A title"))
        #expect(!result.stdout.contains("Hidden"))
        #expect(result.stderr.contains("empty.txt: the file is empty"))
        #expect(result.stderr.split(separator: "\n").count == 1)
    }

    @Test func jsonListsEverySummaryField() throws {
        let result = try MarginCLI.run(["list", "--json", "seeds"])
        #expect(result.exitCode == 0)
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
        #expect(rows.count == 2)
        #expect(Set(rows[0].keys) == ["id", "title", "path", "paragraphs", "comments", "warnings"])
        #expect(rows[0]["paragraphs"] as? Int == 4)
        #expect(rows[0]["comments"] as? Int == 1)
        #expect(rows[1]["paragraphs"] as? Int == 13)
    }

    @Test func helpAndVersion() throws {
        let help = try MarginCLI.run(["list", "--help"])
        #expect(help.exitCode == 0)
        #expect(help.stdout.contains("USAGE: margin list"))
        let show = try MarginCLI.run(["show", "--help"])
        #expect(show.exitCode == 0)
        #expect(show.stdout.contains("USAGE: margin show"))
        #expect(show.stdout.contains("--json"))
        #expect(show.stdout.contains("--width"))
        let root = try MarginCLI.run(["--help"])
        #expect(root.exitCode == 0)
        #expect(root.stdout.contains("list") && root.stdout.contains("show"))
        let version = try MarginCLI.run(["--version"])
        #expect(version.exitCode == 0)
        #expect(!version.stdout.isEmpty)
    }
}
