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
}
