import Testing
@testable import MarginaliaCore

@Suite struct TagSetTests {
    @Test func defaultsAreBoundToKeysOneToFive() {
        let tags = TagSet.defaults
        #expect(tags.tags.map(\.name) == ["claim", "evidence", "question", "quote", "important"])
        #expect(tags.tags.map(\.key) == ["1", "2", "3", "4", "5"])
        #expect(tags.tag(forKey: "3")?.name == "question")
    }

    @Test func namesAreUniqueIgnoringCase() throws {
        var tags = TagSet.defaults
        #expect(throws: TagError.nameTaken("Claim", by: "claim")) { try tags.add(Tag(name: "Claim", color: .red)) }
        try tags.add(Tag(name: "actors/russia", color: .blue, key: "r"))
        #expect(tags.tag(named: "ACTORS/Russia")?.path == ["actors", "russia"])
        #expect(throws: TagError.keyTaken("r", by: "actors/russia")) { try tags.add(Tag(name: "x", color: .red, key: "r")) }
        var renamed = tags.tag(named: "claim")!
        renamed.name = "Evidence"
        #expect(throws: TagError.nameTaken("Evidence", by: "evidence")) { try tags.update(renamed) }
        renamed.name = "CLAIM"
        try tags.update(renamed)
        #expect(tags.tag(named: "claim")?.name == "CLAIM")
    }

    @Test func invalidNamesAndKeysAreRefused() {
        var tags = TagSet.empty
        #expect(throws: TagError.self) { try tags.add(Tag(name: "", color: .red)) }
        #expect(throws: TagError.self) { try tags.add(Tag(name: "a//b", color: .red)) }
        #expect(throws: TagError.self) { try tags.add(Tag(name: "bad\u{1B}", color: .red)) }
        #expect(throws: TagError.invalidKey("ab")) { try tags.add(Tag(name: "ok", color: .red, key: "ab")) }
        #expect(tags.count == 0)
    }
}
