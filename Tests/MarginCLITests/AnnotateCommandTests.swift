import Foundation
import Testing

/// `margin annotate` and `margin annotations`, run as the built binary on the seeds with a private data folder.
@Suite struct AnnotateCommandTests {
    let data: URL

    init() throws {
        data = try MarginCLI.temporaryFolder()
    }

    func margin(_ arguments: [String], cwd: URL? = nil) throws -> MarginCLI.Result {
        try MarginCLI.run(arguments + ["--data-dir", data.path], cwd: cwd)
    }

    func annotationsJSON(_ arguments: [String] = [], cwd: URL? = nil) throws -> [[String: Any]] {
        let result = try margin(["annotations"] + arguments + ["--json"], cwd: cwd)
        #expect(result.exitCode == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [[String: Any]])
    }

    @Test func annotatePrintsTheIdAndListingHasExactlyTheDocumentedFields() throws {
        let result = try margin(["annotate", "000", "--quote", "North Korea has effectively crossed the Rubicon",
                                 "--tag", "claim", "--tag", "important", "--note", "Big claim"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let id = result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(UUID(uuidString: id) != nil)
        let list = try annotationsJSON(["000"])
        #expect(list.count == 1)
        let first = list[0]
        #expect(Set(first.keys) == ["id", "article", "part", "start", "end", "quote", "prefix", "suffix", "tags", "note",
                                    "created", "modified", "status"])
        #expect(first["id"] as? String == id)
        #expect(first["part"] as? String == "body")
        #expect(first["quote"] as? String == "North Korea has effectively crossed the Rubicon")
        #expect(first["tags"] as? [String] == ["claim", "important"])
        #expect(first["note"] as? String == "Big claim")
        #expect(first["status"] as? String == "anchored")
        #expect((first["created"] as? String)?.hasSuffix("Z") == true)
        let start = try #require(first["start"] as? Int)
        #expect(first["end"] as? Int == start + 47)
        // The text listing shows it too.
        let text = try margin(["annotations"])
        #expect(text.stdout.contains("[claim, important]") && text.stdout.contains("Big claim"))
    }

    @Test func anAmbiguousQuoteListsWhereItOccursAndOccurrencePicksOne() throws {
        let ambiguous = try margin(["annotate", "000", "--quote", "North Korea", "--tag", "quote"])
        #expect(ambiguous.exitCode == 1)
        #expect(ambiguous.stdout.isEmpty)
        #expect(ambiguous.stderr.contains("occurs 4 times"))
        #expect(ambiguous.stderr.contains("--occurrence"))
        #expect(ambiguous.stderr.contains("2: paragraph 3"))
        let picked = try margin(["annotate", "000", "--quote", "North Korea", "--occurrence", "2", "--tag", "quote"])
        #expect(picked.exitCode == 0)
        let list = try annotationsJSON()
        #expect(list.count == 1)
        #expect(list[0]["suffix"] as? String == "’s gateway to the West and was s")
        let tooFar = try margin(["annotate", "000", "--quote", "North Korea", "--occurrence", "9", "--tag", "quote"])
        #expect(tooFar.exitCode == 1 && tooFar.stderr.contains("only 4 times"))
    }

    @Test func quoteNotFoundUnknownTagAndMissingTagAreErrors() throws {
        let missing = try margin(["annotate", "000", "--quote", "not in the article", "--tag", "claim"])
        #expect(missing.exitCode == 1 && missing.stderr.contains("does not occur"))
        let unknown = try margin(["annotate", "000", "--quote", "fair game", "--tag", "nosuch"])
        #expect(unknown.exitCode == 1 && unknown.stderr.contains("no tag named 'nosuch'"))
        let noTag = try margin(["annotate", "000", "--quote", "fair game"])
        #expect(noTag.exitCode == 2)
        #expect(try annotationsJSON().isEmpty)
    }

    @Test func annotatingACommentUsesItsIdAsThePart() throws {
        let show = try MarginCLI.run(["show", "000", "--json"])
        let article = try #require(try JSONSerialization.jsonObject(with: Data(show.stdout.utf8)) as? [String: Any])
        let comment = try #require((article["comments"] as? [[String: Any]])?.first)
        let commentID = try #require(comment["id"] as? String)
        let result = try margin(["annotate", "000", "--comment", commentID, "--quote", "China and Russia", "--tag", "evidence"])
        #expect(result.exitCode == 0, "\(result.stderr)")
        let list = try annotationsJSON(["000"])
        #expect(list.first?["part"] as? String == commentID)
        #expect(list.first?["start"] as? Int == 113)
        let wrong = try margin(["annotate", "000", "--comment", "nope", "--quote", "China", "--tag", "claim"])
        #expect(wrong.exitCode == 1 && wrong.stderr.contains("has no comment nope"))
    }

    @Test func removeAndNoteByIdPrefix() throws {
        let id = try margin(["annotate", "000", "--quote", "fair game", "--tag", "claim"]).stdout
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let noted = try margin(["annotations", "note", String(id.prefix(8)), "Kirby, on the record"])
        #expect(noted.exitCode == 0, "\(noted.stderr)")
        #expect(try annotationsJSON().first?["note"] as? String == "Kirby, on the record")
        #expect(try margin(["annotations", "note", id, ""]).exitCode == 0)
        #expect(try annotationsJSON().first?["note"] is NSNull)
        let removed = try margin(["annotations", "remove", id])
        #expect(removed.exitCode == 0 && removed.stdout.contains(id))
        #expect(try annotationsJSON().isEmpty)
        let again = try margin(["annotations", "remove", id])
        #expect(again.exitCode == 1 && again.stderr.contains("no annotation"))
    }

    @Test func filtersByTagAndOrphans() throws {
        _ = try margin(["annotate", "000", "--quote", "fair game", "--tag", "claim"])
        _ = try margin(["annotate", "000", "--quote", "fair targets", "--tag", "quote"])
        #expect(try annotationsJSON(["--tag", "quote"]).map { $0["quote"] as? String } == ["fair targets"])
        #expect(try annotationsJSON(["--tag", "quote", "--tag", "CLAIM"]).count == 2)
        #expect(try annotationsJSON(["--orphans"]).isEmpty)
        #expect(try margin(["annotations", "--tag", "nosuch"]).exitCode == 1)
    }

    @Test func openingAnEditedArticleReanchorsAndOrphansAndSaves() throws {
        let folder = try MarginCLI.temporaryFolder()
        let file = folder.appendingPathComponent("article.txt")
        let original = try String(contentsOf: MarginCLI.seeds.appendingPathComponent("000_c0a91f7480b9ba36.txt"), encoding: .utf8)
        try original.write(to: file, atomically: true, encoding: .utf8)
        _ = try margin(["annotate", file.path, "--quote", "Thus, this tactical move by Kim will have long-term consequences", "--tag", "claim"])
        _ = try margin(["annotate", file.path, "--quote", "They’re fair targets.", "--tag", "quote"])
        let before = try annotationsJSON()
        // A paragraph inserted before both passages; the second passage deleted.
        let edited = original
            .replacingOccurrences(of: "Victor Cha:", with: "An inserted paragraph that moves everything after it.\n\nVictor Cha:")
            .replacingOccurrences(of: " They’re fair targets.", with: "")
        try edited.write(to: file, atomically: true, encoding: .utf8)
        let after = try annotationsJSON([file.path])
        let moved = try #require(after.first { $0["tags"] as? [String] == ["claim"] })
        let orphan = try #require(after.first { $0["tags"] as? [String] == ["quote"] })
        let oldStart = try #require(before.first { $0["tags"] as? [String] == ["claim"] }?["start"] as? Int)
        #expect(moved["start"] as? Int == oldStart + 55)
        #expect(moved["status"] as? String == "anchored")
        #expect(orphan["status"] as? String == "orphaned")
        // Saved: listing the whole store (no re-anchoring) shows the new state, and orphans are listed.
        #expect(try annotationsJSON().first { $0["tags"] as? [String] == ["claim"] }?["start"] as? Int == oldStart + 55)
        #expect(try annotationsJSON(["--orphans"]).count == 1)
        // The text coming back re-anchors the orphan.
        try original.write(to: file, atomically: true, encoding: .utf8)
        #expect(try annotationsJSON([file.path]).allSatisfy { $0["status"] as? String == "anchored" })
    }

    @Test func anArticleWhoseFileIsGoneIsListedByIdFromTheStore() throws {
        let folder = try MarginCLI.temporaryFolder()
        let file = folder.appendingPathComponent("gone.txt")
        try FileManager.default.copyItem(at: MarginCLI.seeds.appendingPathComponent("000_c0a91f7480b9ba36.txt"), to: file)
        #expect(try margin(["annotate", file.path, "--quote", "fair game", "--tag", "claim"]).exitCode == 0)
        let article = try #require(try annotationsJSON().first?["article"] as? String)
        try FileManager.default.removeItem(at: file)
        let list = try annotationsJSON([String(article.prefix(8))], cwd: folder)
        #expect(list.count == 1 && list.first?["quote"] as? String == "fair game")
    }

    @Test func articlesOpenedBeforeAreFoundFromAnyFolder() throws {
        _ = try margin(["annotate", "003", "--quote", "Korea", "--occurrence", "1", "--tag", "claim"])
        let elsewhere = try MarginCLI.temporaryFolder()
        let list = try annotationsJSON(["003"], cwd: elsewhere)
        #expect(list.count == 1)
        let annotate = try margin(["annotate", "003", "--quote", "Korea", "--occurrence", "2", "--tag", "quote"], cwd: elsewhere)
        #expect(annotate.exitCode == 0, "\(annotate.stderr)")
    }
}
