import Testing
@testable import MarginaliaCore

/// Dumps a comment tree as indented text, so a failure shows the whole shape.
func dumpThread(_ comments: [MarginaliaCore.Comment], depth: Int = 0) -> String {
    var out = ""
    for comment in comments {
        out += String(repeating: "  ", count: depth) + comment.author + (comment.date.map { " @ \($0)" } ?? "")
        out += " | " + comment.body.map { "\($0.kind.rawValue): \($0.text)" }.joined(separator: " / ") + "\n"
        out += dumpThread(comment.replies, depth: depth + 1)
    }
    return out
}

@Suite struct CommentThreadTests {
    @Test func wordpressFixtureBuildsTheTreeThreeDeep() throws {
        let article = try ScrapedTextImporter().importArticle(atPath: TestFiles.fixture("wordpress-nested.txt"))
        #expect(dumpThread(article.comments) == """
            Tom Alvarez @ March 3, 2024 at 9:14 am | paragraph: Good piece. The supply chain point is underrated.
              Jane Mercer @ March 3, 2024 at 10:02 am | paragraph: Thanks Tom. I tried to keep it short.
                Priya N. @ March 4, 2024 at 8:30 pm | paragraph: Short is good, but I would have liked more on subsidies: / paragraph: 1. who gets them; 2. who pays for them.
            Hans Olsen @ March 5, 2024 at 7:45 am | paragraph: Not convinced. It is the same old picking of winners.
              Tom Alvarez @ March 5, 2024 at 8:00 am | paragraph: Winners get picked either way; the question is by whom.

            """)
        #expect(article.commentCount == 5)
        #expect(article.warnings.isEmpty)
    }

    @Test func wordpressFixtureKeepsFurnitureOutAndFindsMetadataAndLinks() throws {
        let article = try ScrapedTextImporter().importArticle(atPath: TestFiles.fixture("wordpress-nested.txt"))
        #expect(article.title == "The Quiet Return of Industrial Policy")
        #expect(article.byline == "Jane Mercer")
        #expect(article.date == "March 3, 2024")
        #expect(article.url == "https://example.org/2024/03/quiet-return-industrial-policy/")
        #expect(article.site == "example.org")
        #expect(article.body.map(\.kind) == [.paragraph, .paragraph, .quote, .paragraph, .listItem, .listItem, .listItem])
        #expect(article.body[2].text == "Industrial policy is back, and it never really left.")
        #expect(article.body[4].text == "the pandemic exposed brittle supply chains;")
        #expect(article.body[6].text.hasPrefix("climate targets"))
        #expect(article.related == [
            RelatedLink(relation: "related", title: "Tariffs and Their Discontents"),
            RelatedLink(relation: "related", title: "What the CHIPS Act Bought"),
            RelatedLink(relation: "previous", title: "Tariffs and Their Discontents"),
            RelatedLink(relation: "next", title: "What the CHIPS Act Bought"),
        ])
        var all = article.text
        for (comment, _) in article.flattenedComments { all += "\n" + comment.text + "\n" + comment.author }
        for furniture in [
            "Skip to content", "Share this", "Twitter", "Opens in new window", "Like Loading", "Liked by", "Related",
            "In \"Trade\"", "Reply", "Leave a", "Cancel reply", "Your email", "Comment *", "Website", "Akismet",
            "Post Comment", "Δ", "Post navigation", "Previous", "Next Post", "says:",
        ] {
            #expect(!all.contains(furniture), "\(furniture) leaked into the text")
        }
    }

    @Test func commentIdsAreStableAcrossImportsAndUnique() throws {
        let first = try ScrapedTextImporter().importArticle(atPath: TestFiles.fixture("wordpress-nested.txt"))
        let second = try ScrapedTextImporter().importArticle(atPath: TestFiles.fixture("wordpress-nested.txt"))
        let ids = first.flattenedComments.map(\.comment.id)
        #expect(ids == second.flattenedComments.map(\.comment.id))
        #expect(Set(ids).count == ids.count)
        #expect(ids.allSatisfy { $0.count == 8 && $0.allSatisfy(\.isHexDigit) })
    }

    @Test func duplicateCommentsGetSuffixedIds() throws {
        let article = try TestFiles.importText("""
            T

            Body.

            2 Comments

              1. Ann
                 Same words.
                 Reply
              2. Ann
                 Same words.
                 Reply
            """)
        let ids = article.comments.map(\.id)
        #expect(ids.count == 2)
        #expect(ids[1] == ids[0] + "-2")
    }

    @Test func aHeaderCountThatDisagreesIsAWarning() throws {
        let article = try ScrapedTextImporter().importArticle(atPath: TestFiles.fixture("header-mismatch.txt"))
        #expect(article.comments.map(\.author) == ["Ada", "Ben"])
        #expect(article.comments.map(\.text) == ["First!", "Second."])
        #expect(article.warnings == ["the comment header announces 12 comments but 2 were found"])
    }

    @Test func unnumberedCommentsAreReadAsAFlatList() throws {
        let article = try ScrapedTextImporter().importArticle(atPath: TestFiles.fixture("flat-comments.txt"))
        #expect(dumpThread(article.comments) == """
            Alice @ October 1, 2024 at 3:14 pm | paragraph: Lovely.
            Bob | paragraph: Agreed, with one reservation. / paragraph: It is long.
            Carol | paragraph: Me too.

            """)
        #expect(article.body == [.paragraph("The body has a single paragraph.")])
        #expect(article.warnings.isEmpty)
    }

    @Test(arguments: [
        ("One thought on “T”", 1), ("1 thought on “T”", 1), ("12 thoughts on “T”", 12), ("3 Comments", 3),
        ("One Comment", 1), ("5 Responses to “T”", 5), ("One Response to \"T\"", 1), ("1 Reply", 1),
        ("2 Replies", 2), ("1,024 comments", 1024), ("No Comments", 0),
    ])
    func everyHeaderVariantStartsTheCommentSection(header: String, count: Int) throws {
        var page = "T\n\nBody text.\n\n\(header)\n\n"
        for number in 0..<count where count < 20 {
            page += "  \(number + 1). Person \(number)\n     Comment \(number).\n     Reply\n"
        }
        let article = try TestFiles.importText(page)
        #expect(article.body == [.paragraph("Body text.")])
        if count < 20 {
            #expect(article.comments.count == count)
            #expect(article.warnings.isEmpty)
        } else {
            #expect(article.warnings.count == 1)
        }
    }

    @Test func aCommentWithoutReplyLinkStillTakesRepliesByIndentation() throws {
        // At the deepest level WordPress prints no Reply link; deeper numbered entries are still replies.
        let article = try TestFiles.importText("""
            T

            Body.

            3 Comments

              1. A
                 Top.
                   1. B
                      Middle.
                        1. C
                           Deep.
            """)
        #expect(dumpThread(article.comments) == """
            A | paragraph: Top.
              B | paragraph: Middle.
                C | paragraph: Deep.

            """)
    }

    @Test func repliesNestToAnyDepth() throws {
        var page = "T\n\nBody.\n\n12 Comments\n\n"
        for depth in 0..<12 {
            let pad = String(repeating: " ", count: 2 + depth * 3)
            page += "\(pad)1. Person \(depth)\n\(pad)   Text \(depth).\n\(pad)   Reply\n"
        }
        let article = try TestFiles.importText(page)
        var level = article.comments
        var depth = 0
        while let only = level.first {
            #expect(level.count == 1)
            #expect(only.author == "Person \(depth)")
            level = only.replies
            depth += 1
        }
        #expect(depth == 12)
        #expect(article.warnings.isEmpty)
    }

    @Test func findingReplyLinksStaysLinearWithoutAnyReplyLink() throws {
        // 1,000 nested entries and no Reply link anywhere (comments closed): each entry's search for its own
        // Reply link must stop at its first reply, or the work would grow with the square of the thread.
        var page = "T\n\nBody.\n\n1000 Comments\n\n"
        for depth in 0..<1000 {
            let pad = String(repeating: " ", count: 2 + depth * 3)
            page += "\(pad)1. Person \(depth)\n\(pad)   Words \(depth).\n"
        }
        let result = Array(page.utf8).withUnsafeBufferPointer(ScrapedTextParser.parse)
        #expect(result.drafts.count == 1000)
        #expect(result.warnings.isEmpty)
        #expect(result.replySearchSteps <= 3 * result.lineCount)
        let article = try TestFiles.importText(page)
        #expect(article.flattenedComments.last?.depth == 999)
    }

    @Test func findingReplyLinksStaysLinearWithReplyLinks() throws {
        let page = try String(contentsOfFile: TestFiles.fixture("wordpress-nested.txt"), encoding: .utf8)
        let result = Array(page.utf8).withUnsafeBufferPointer(ScrapedTextParser.parse)
        #expect(result.drafts.count == 5)
        #expect(result.replySearchSteps <= result.lineCount)
    }
}
