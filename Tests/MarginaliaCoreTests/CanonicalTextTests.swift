import Testing
@testable import MarginaliaCore

@Suite struct CanonicalTextTests {
    @Test func joinsBlocksWithABlankLine() {
        let blocks = [Block.paragraph("One."), Block(.heading, "Two"), Block(.quote, "Three")]
        #expect(CanonicalText.of(blocks) == "One.\n\nTwo\n\nThree")
    }

    @Test func blockStartsCountUnicodeScalars() {
        // "é" as e + combining acute is two scalars; "🇰🇷" is two regional-indicator scalars.
        let blocks = [Block.paragraph("e\u{301}"), Block.paragraph("🇰🇷"), Block.paragraph("x")]
        #expect(CanonicalText.blockStarts(blocks) == [0, 4, 8])
        #expect(CanonicalText.of(blocks).unicodeScalars.count == 9)
    }

    @Test func commentTextAndLookupWorkAcrossTheTree() {
        let reply = Comment(id: "b", author: "B", body: [.paragraph("Reply text.")])
        let top = Comment(id: "a", author: "A", body: [.paragraph("P1"), .paragraph("P2")], replies: [reply])
        let article = Article(id: ArticleID("0123456789abcdef"), title: "T", body: [.paragraph("Body")], comments: [top])
        #expect(article.commentCount == 2)
        #expect(article.text(of: .comment("b")) == "Reply text.")
        #expect(article.text(of: .comment("a")) == "P1\n\nP2")
        #expect(article.text(of: .comment("zzz")) == nil)
        #expect(article.flattenedComments.map(\.depth) == [0, 1])
        #expect(PartID("body") == .body && PartID("a") == .comment("a"))
    }
}
