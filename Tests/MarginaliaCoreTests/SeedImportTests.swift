import Testing
@testable import MarginaliaCore

@Suite struct SeedImportTests {
    @Test func seed000HasTitleFourParagraphsAndOneComment() throws {
        let article = try ScrapedTextImporter().importArticle(atPath: TestFiles.seed("000_c0a91f7480b9ba36.txt"))
        #expect(article.title == "“At least 3,000 North Korean soldiers now inside Russia, US says”")
        #expect(article.body.count == 4)
        #expect(article.body.allSatisfy { $0.kind == .paragraph })
        #expect(article.body[0].text == "Headline from CNN.")
        #expect(article.body[1].text == "Victor Cha:")
        #expect(article.body[2].text.hasPrefix("Though the number"))
        #expect(article.body[3].text.hasPrefix("National Security Council"))
        #expect(article.comments.count == 1)
        let comment = try #require(article.comments.first)
        #expect(comment.author == "Macroduck")
        #expect(comment.body.count == 3)
        #expect(comment.replies.isEmpty)
        #expect(comment.date == nil)
        #expect(article.related.isEmpty)
        #expect(article.warnings.isEmpty)
        let everything = article.text + "\n" + comment.text
        for furniture in ["Reply", "Leave a Reply", "Your email address"] {
            #expect(!everything.contains(furniture))
        }
    }

    @Test func seed003HasThirteenParagraphsNoCommentsAndNavigationLinks() throws {
        let article = try ScrapedTextImporter().importArticle(atPath: TestFiles.seed("003_fad1952b841b7729.txt"))
        #expect(article.title == "North Korea - The Fight for Relevance on a Crowded World Stage")
        #expect(article.body.count == 13)
        #expect(article.body.allSatisfy { $0.kind == .paragraph })
        #expect(article.comments.isEmpty)
        #expect(article.related == [
            RelatedLink(relation: "previous", title: "China’s Involvement in Latin America Isn’t Necessarily Good or Bad—It’s Tricky"),
            RelatedLink(relation: "next", title: "Rohingya Refugees"),
        ])
        #expect(!article.text.contains("Previous"))
        #expect(!article.text.contains("Next"))
        #expect(article.warnings.isEmpty)
    }

    @Test func seedIdsAreStableAndDistinct() throws {
        let a = try ScrapedTextImporter().importArticle(atPath: TestFiles.seed("000_c0a91f7480b9ba36.txt"))
        let b = try ScrapedTextImporter().importArticle(atPath: TestFiles.seed("003_fad1952b841b7729.txt"))
        #expect(a.id != b.id)
        #expect(a.id.rawValue.count == 16)
        #expect(a.id == ArticleIdentity.baseID(title: a.title, url: nil))
    }
}
