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
}
