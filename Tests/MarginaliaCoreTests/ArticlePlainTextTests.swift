import Testing
@testable import MarginaliaCore

@Suite struct ArticlePlainTextTests {
    @Test func layoutOfTitleMetadataBodyLinksAndThread() {
        let reply = MarginaliaCore.Comment(id: "bbbbbbbb", author: "Bo", body: [.paragraph("한국어 한국어 한국어 한국어")])
        let top = MarginaliaCore.Comment(id: "aaaaaaaa", author: "Ann", date: "May 1, 2024", body: [.paragraph("First comment here.")], replies: [reply])
        let article = Article(
            id: ArticleID("0123456789abcdef"), title: "A Title", byline: "Jo", date: "2024-05-01",
            body: [Block(.heading, "Part one"), .paragraph("Some body text that wraps."), Block(.listItem, "one"), Block(.listItem, "two"), Block(.quote, "Quoted.")],
            comments: [top], related: [RelatedLink(relation: "next", title: "Later")])
        let lines = ArticlePlainText.lines(article, width: 24)
        #expect(lines.joined(separator: "\n") == """
            A Title
            =======
            By Jo · 2024-05-01

            # Part one

            Some body text that
            wraps.

            • one
            • two

            > Quoted.

            Next: Later

            2 comments
            --------------------

            Ann · May 1, 2024
            [aaaaaaaa]
              First comment here.

                Bo [bbbbbbbb]
                  한국어 한국어
                  한국어 한국어
            """)
        #expect(lines.allSatisfy { DisplayWidth.of($0) <= 24 })
    }
}
