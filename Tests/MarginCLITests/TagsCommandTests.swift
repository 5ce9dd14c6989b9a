import Foundation
import Testing

/// `margin tags` and its subcommands, on a private data folder.
@Suite struct TagsCommandTests {
    let data: URL

    init() throws {
        data = try MarginCLI.temporaryFolder()
    }

    func margin(_ arguments: [String]) throws -> MarginCLI.Result {
        try MarginCLI.run(arguments + ["--data-dir", data.path])
    }

    func tags() throws -> [[String: Any]] {
        let result = try margin(["tags", "--json"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    }

    @Test func defaultsAreListedWithKeysAndCounts() throws {
        _ = try margin(["annotate", "000", "--quote", "fair game", "--tag", "claim"])
        let list = try margin(["tags"])
        #expect(list.exitCode == 0)
        let lines = list.stdout.split(separator: "\n")
        #expect(lines.count == 5)
        #expect(lines[0].hasPrefix("claim") && lines[0].contains("[1]") && lines[0].contains("yellow") && lines[0].contains(" 1 "))
        #expect(try tags().map { $0["name"] as? String } == ["claim", "evidence", "question", "quote", "important"])
    }

    @Test func addRenameKeyColorMergeRemove() throws {
        #expect(try margin(["tags", "add", "actors/russia", "--color", "blue", "--key", "r", "--description", "Russia"]).exitCode == 0)
        #expect(try margin(["tags", "add", "Actors/Russia"]).exitCode == 1)
        #expect(try margin(["tags", "add", "x", "--key", "r"]).exitCode == 1)
        #expect(try margin(["tags", "add", "y", "--color", "mauve"]).exitCode == 2)
        _ = try margin(["annotate", "000", "--quote", "fair game", "--tag", "actors/russia", "--tag", "claim"])
        _ = try margin(["annotate", "000", "--quote", "fair targets", "--tag", "actors/russia"])
        #expect(try margin(["tags", "rename", "actors/russia", "actors/Russia"]).exitCode == 0)
        #expect(try margin(["tags", "key", "claim", "c"]).exitCode == 0)
        #expect(try margin(["tags", "key", "evidence", "--unbind"]).exitCode == 0)
        #expect(try margin(["tags", "key", "evidence"]).exitCode == 2)
        #expect(try margin(["tags", "color", "claim", "magenta"]).exitCode == 0)
        let claim = try #require(try tags().first { $0["name"] as? String == "claim" })
        #expect(claim["key"] as? String == "c" && claim["color"] as? String == "magenta")
        #expect(try tags().first { $0["name"] as? String == "evidence" }?["key"] is NSNull)
        let merge = try margin(["tags", "merge", "actors/russia", "claim"])
        #expect(merge.exitCode == 0)
        #expect(merge.stdout.contains("2 annotations changed"))
        #expect(try tags().first { $0["name"] as? String == "claim" }?["count"] as? Int == 2)
        let remove = try margin(["tags", "remove", "claim"])
        #expect(remove.stdout.contains("2 annotations changed"))
        #expect(try tags().count == 4)
        // The annotations are kept, without the tag.
        let list = try margin(["annotations", "--json"])
        let annotations = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        #expect(annotations.count == 2 && annotations.allSatisfy { ($0["tags"] as? [String])?.isEmpty == true })
        #expect(try margin(["tags", "remove", "claim"]).exitCode == 1)
    }
}
