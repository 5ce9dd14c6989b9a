import Foundation
import Testing

/// Shell completion of ARTICLE arguments, asked of the binary the way the generated scripts ask it
/// (`margin ---completion <subcommand> -- positional@N <word index> <cursor> <words...>`, with SAP_SHELL
/// naming the shell). .ci/check-install drives the installed scripts in real bash, zsh and fish.
@Suite struct CompletionTests {
    private func completeArticle(_ words: [String], shell: String, cwd: URL? = nil, home: URL) throws -> MarginCLI.Result {
        try MarginCLI.run(
            ["---completion", "show", "--", "positional@0", String(words.count - 1), "0"] + words,
            environment: ["SAP_SHELL": shell, "HOME": home.path, "MARGINALIA_HOME": "", "XDG_DATA_HOME": ""],
            cwd: cwd)
    }

    /// The seeds' short ids, as `margin list --json` gives them.
    private func seedIDs() throws -> [String] {
        let list = try MarginCLI.run(["list", "--json", "seeds"])
        let rows = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        return rows.compactMap { ($0["id"] as? String).map { String($0.prefix(8)) } }
    }

    @Test func bashGetsTheShortIDsOfTheSeedsFromThePackageRoot() throws {
        let home = try MarginCLI.temporaryFolder()
        let result = try completeArticle(["margin", "show", ""], shell: "bash", home: home)
        #expect(result.exitCode == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(Set(lines) == Set(try seedIDs()))
    }

    @Test func zshAndFishAlsoGetTheTitles() throws {
        let home = try MarginCLI.temporaryFolder()
        let ids = try seedIDs()
        let zsh = try completeArticle(["margin", "show", ""], shell: "zsh", home: home)
        for id in ids { #expect(zsh.stdout.contains("\(id):")) }
        #expect(zsh.stdout.contains(":North Korea - The Fight for Relevance on a Crowded World Stage\n"))
        let fish = try completeArticle(["margin", "show", ""], shell: "fish", home: home)
        #expect(fish.stdout.contains("\tNorth Korea - The Fight for Relevance on a Crowded World Stage\n"))
    }

    @Test func samplesAndLibraryOptionsOnTheLineChooseTheArticles() throws {
        let home = try MarginCLI.temporaryFolder()
        let elsewhere = try MarginCLI.temporaryFolder()
        let none = try completeArticle(["margin", "show", ""], shell: "bash", cwd: elsewhere, home: home)
        #expect(none.exitCode == 0)
        #expect(none.stdout.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
        let samples = try completeArticle(["margin", "show", "--samples", ""], shell: "bash", cwd: elsewhere, home: home)
        #expect(Set(samples.stdout.split(separator: "\n").map(String.init)) == Set(try seedIDs()))
        let library = try completeArticle(
            ["margin", "show", "--library", MarginCLI.seeds.path + "/000_c0a91f7480b9ba36.txt", ""],
            shell: "bash", cwd: elsewhere, home: home)
        #expect(library.stdout.split(separator: "\n").count == 1)
    }

    /// Asks for the completions of an argument the way the generated scripts do.
    private func complete(_ subcommands: [String], argument: String, words: [String], shell: String, home: URL)
        throws -> [String]
    {
        let result = try MarginCLI.run(
            ["---completion"] + subcommands + ["--", argument, String(words.count - 1), "0"] + words,
            environment: ["SAP_SHELL": shell, "HOME": home.path, "MARGINALIA_HOME": "", "XDG_DATA_HOME": ""])
        #expect(result.exitCode == 0, "\(result.stderr)")
        return result.stdout.split(separator: "\n").map(String.init).filter { $0 != " " }
    }

    @Test func tagNamesCompleteFromTheStore() throws {
        let home = try MarginCLI.temporaryFolder()
        let data = try MarginCLI.temporaryFolder()
        let added = try MarginCLI.run(["tags", "add", "actors/russia", "--description", "Russian actors", "--data-dir", data.path])
        #expect(added.exitCode == 0, "\(added.stderr)")
        let words = ["margin", "annotations", "--data-dir", data.path, "--tag", ""]
        let bash = try complete(["annotations", "list"], argument: "--tag", words: words, shell: "bash", home: home)
        #expect(bash.contains("actors/russia"))
        #expect(bash.contains("claim"))
        let fish = try complete(["annotations", "list"], argument: "--tag", words: words, shell: "fish", home: home)
        #expect(fish.contains("actors/russia\tRussian actors"))
    }

    @Test func annotationIDsCompleteWithTheirQuotes() throws {
        let home = try MarginCLI.temporaryFolder()
        let data = try MarginCLI.temporaryFolder()
        let added = try MarginCLI.run(["annotate", "000", "--quote", "Headline from CNN", "--tag", "claim", "--data-dir", data.path])
        #expect(added.exitCode == 0, "\(added.stderr)")
        let id = added.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        let words = ["margin", "annotations", "note", "--data-dir", data.path, ""]
        let zsh = try complete(
            ["annotations", "note"], argument: "positional@0", words: words, shell: "zsh", home: home)
        #expect(zsh == ["\(id.prefix(8)):“Headline from CNN”"])
    }
}
