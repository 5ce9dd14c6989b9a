import Foundation
import Testing

/// Every subcommand ends with the documented statuses (Docs/exit-codes.md): 0 ok, 1 user error, 2 usage,
/// 3 a store that cannot be read; data on stdout, messages on stderr.
@Suite struct ExitStatusTests {
    @Test func successPrintsDataOnStdoutOnly() throws {
        let result = try MarginCLI.run(["list", "seeds"])
        #expect(result.exitCode == 0)
        #expect(!result.stdout.isEmpty)
        #expect(result.stderr.isEmpty)
    }

    @Test func helpAndVersionExitZeroOnStdout() throws {
        for arguments in [["--help"], ["--version"], ["list", "--help"], ["help", "show"]] {
            let result = try MarginCLI.run(arguments)
            #expect(result.exitCode == 0, "\(arguments)")
            #expect(!result.stdout.isEmpty, "\(arguments)")
            #expect(result.stderr.isEmpty, "\(arguments)")
        }
    }

    @Test(arguments: [
        ["--no-such-option"],
        ["list", "--bogus"],
        ["show"],
        ["show", "000", "--width"],
        ["show", "000", "--width", "wide"],
        ["show", "000", "--width", "5"],
        ["no-such-subcommand"],
    ])
    func usageErrorsExitTwo(arguments: [String]) throws {
        let result = try MarginCLI.run(arguments)
        #expect(result.exitCode == 2)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("Error:") || result.stderr.contains("Usage:"))
    }

    @Test func anArticleThatIsNotThereExitsOne() throws {
        let result = try MarginCLI.run(["show", "no article has this title"])
        #expect(result.exitCode == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.contains("no article matches"))
    }

    @Test func aMissingFileExitsOne() throws {
        let result = try MarginCLI.run(["list", "/nonexistent/margin-article.txt"])
        #expect(result.exitCode == 1)
        #expect(result.stdout.contains("ID"))
        #expect(!result.stderr.isEmpty)
    }

    // MARK: The store and export commands

    /// A fresh data folder, as `--data-dir` arguments.
    private func dataDir() throws -> (folder: URL, arguments: [String]) {
        let folder = try MarginCLI.temporaryFolder()
        return (folder, ["--data-dir", folder.path])
    }

    @Test func userErrorsOfTheStoreCommandsExitOne() throws {
        let (_, data) = try dataDir()
        let cases: [[String]] = [
            ["annotate", "000", "--quote", "not in the article at all", "--tag", "claim"],
            ["annotate", "000", "--quote", "Headline from CNN", "--tag", "no-such-tag"],
            ["annotate", "no such article", "--quote", "Headline", "--tag", "claim"],
            ["annotations", "--tag", "no-such-tag"],
            ["annotations", "remove", "ffffffff"],
            ["annotations", "note", "ffffffff", "a note"],
            ["tags", "rename", "no-such-tag", "other"],
            ["tags", "remove", "no-such-tag"],
            ["export", "--article", "no such article"],
            ["export", "--tag", "no-such-tag"],
            ["import-annotations", "/nonexistent/annotations.json"],
        ]
        for arguments in cases {
            let result = try MarginCLI.run(arguments + data)
            #expect(result.exitCode == 1, "\(arguments): \(result.stderr)")
            #expect(result.stdout.isEmpty, "\(arguments)")
            #expect(result.stderr.hasPrefix("margin: "), "\(arguments): \(result.stderr)")
        }
    }

    @Test func usageErrorsOfTheStoreCommandsExitTwo() throws {
        let (_, data) = try dataDir()
        for arguments in [["annotate", "000"], ["export", "--format", "pdf"], ["tags", "frobnicate"], ["annotations", "note"]] {
            let result = try MarginCLI.run(arguments + data)
            #expect(result.exitCode == 2, "\(arguments): \(result.stderr)")
            #expect(result.stdout.isEmpty, "\(arguments)")
        }
    }

    @Test func aStoreThatCannotBeReadExitsThreeAndIsLeftAlone() throws {
        let (folder, data) = try dataDir()
        let tags = folder.appendingPathComponent("tags.json")
        let corrupt = Data("{\"schema\": 1, \"tags\": [".utf8)
        try corrupt.write(to: tags)
        let cases: [[String]] = [
            ["tags"],
            ["annotations"],
            ["annotate", "000", "--quote", "Headline from CNN", "--tag", "claim"],
            ["tags", "add", "new-tag"],
            ["export"],
            ["export", "--format", "w3c"],
        ]
        for arguments in cases {
            let result = try MarginCLI.run(arguments + data)
            #expect(result.exitCode == 3, "\(arguments): \(result.stderr)")
            #expect(result.stdout.isEmpty, "\(arguments)")
            #expect(result.stderr.contains(tags.path), "\(arguments): \(result.stderr)")
        }
        #expect(try Data(contentsOf: tags) == corrupt)
    }

    @Test func successOfTheStoreCommandsPrintsDataOnStdoutOnly() throws {
        let (_, data) = try dataDir()
        let annotate = try MarginCLI.run(["annotate", "000", "--quote", "Headline from CNN", "--tag", "claim"] + data)
        #expect(annotate.exitCode == 0)
        #expect(annotate.stderr.isEmpty)
        for arguments in [["annotations"], ["annotations", "--json"], ["tags"], ["export"], ["export", "--format", "csv"]] {
            let result = try MarginCLI.run(arguments + data)
            #expect(result.exitCode == 0, "\(arguments): \(result.stderr)")
            #expect(result.stdout.contains("Headline from CNN") || arguments == ["tags"], "\(arguments)")
            #expect(result.stderr.isEmpty, "\(arguments): \(result.stderr)")
        }
    }
}

/// An article reached by two paths (seeds/ from the package root, and the absolute path the store
/// remembers after annotating) is one article: naming it is not ambiguous.
@Suite struct SameArticleTwoPathsTests {
    @Test func exportAfterAnnotatingFromThePackageRootFindsTheArticle() throws {
        let data = try MarginCLI.temporaryFolder()
        let annotate = try MarginCLI.run(["annotate", "000", "--quote", "Headline from CNN", "--tag", "claim", "--data-dir", data.path])
        #expect(annotate.exitCode == 0, "\(annotate.stderr)")
        let export = try MarginCLI.run(["export", "--article", "000", "--data-dir", data.path])
        #expect(export.exitCode == 0, "\(export.stderr)")
        #expect(export.stdout.contains("Headline from CNN"))
        let show = try MarginCLI.run(["show", "000", "--library", "seeds", "--library", MarginCLI.seeds.path])
        #expect(show.exitCode == 0, "\(show.stderr)")
    }
}
