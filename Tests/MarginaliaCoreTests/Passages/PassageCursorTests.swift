import Testing
@testable import MarginaliaCore

/// Moving the passage cursor by sentence and paragraph, across blocks and from the body into the comments.
@Suite struct PassageCursorTests {
    static let article = Article(
        id: ArticleID("00000000000000c1"), title: "T",
        body: [.paragraph("First one. Second one."), .paragraph("Third here."), .paragraph("Fourth. Fifth.")],
        comments: [
            Comment(id: "c1", author: "A", body: [.paragraph("Comment one. Comment two.")],
                    replies: [Comment(id: "c2", author: "B", body: [.paragraph("Reply.")])]),
            Comment(id: "c3", author: "C", body: []),
            Comment(id: "c4", author: "D", body: [.paragraph("Last.")]),
        ])
    let passages = ArticlePassages(article: PassageCursorTests.article)

    func quote(_ cursor: PassageCursor?) -> String? {
        guard let cursor else { return nil }
        return passages.text(of: cursor.part)!.string(cursor.range)
    }

    @Test func walksEverySentenceForwardAndBack() {
        var cursor = passages.firstSentence()
        var seen: [String] = []
        while let current = cursor {
            seen.append("\(current.part):" + quote(current)!)
            cursor = passages.nextSentence(after: current)
        }
        #expect(seen == ["body:First one.", "body:Second one.", "body:Third here.", "body:Fourth.", "body:Fifth.",
                         "c1:Comment one.", "c1:Comment two.", "c2:Reply.", "c4:Last."])
        var back: [String] = []
        cursor = PassageCursor(part: .comment("c4"), range: 0..<5)
        while let current = cursor {
            back.append(quote(current)!)
            cursor = passages.previousSentence(before: current)
        }
        #expect(back == ["Last.", "Reply.", "Comment two.", "Comment one.", "Fifth.", "Fourth.", "Third here.",
                         "Second one.", "First one."])
    }

    @Test func movesByParagraph() {
        let second = passages.nextSentence(after: passages.firstSentence()!)!
        let third = passages.nextParagraph(after: second)!
        #expect(quote(third) == "Third here.")
        let fourth = passages.nextParagraph(after: third)!
        #expect(quote(fourth) == "Fourth.")
        let comment = passages.nextParagraph(after: fourth)!
        #expect(comment.part == .comment("c1"))
        // Back: from the middle of a paragraph to its start, then to the previous paragraph.
        let fifth = passages.nextSentence(after: fourth)!
        #expect(quote(passages.previousParagraph(before: fifth)) == "Fourth.")
        #expect(quote(passages.previousParagraph(before: fourth)) == "Third here.")
        #expect(passages.previousParagraph(before: comment).map(quote) == "Fourth.")
        #expect(passages.previousParagraph(before: passages.firstSentence()!) == nil)
        #expect(passages.nextParagraph(after: PassageCursor(part: .comment("c4"), range: 0..<5)) == nil)
    }

    @Test func findsTheSentenceAtAnOffset() {
        let cursor = passages.sentence(in: .body, at: 13)
        #expect(quote(cursor) == "Second one.")
        // In the separator between blocks: the next sentence.
        #expect(quote(passages.sentence(in: .body, at: 23)) == "Third here.")
        #expect(passages.sentence(in: .comment("c3"), at: 0) == nil)
    }

    @Test func seedCommentIsReachableFromTheBody() throws {
        let article = try ScrapedTextImporter.importArticle(atPath: SeedArticles.seedsDirectory.appendingPathComponent("000_c0a91f7480b9ba36.txt").path)
        let passages = ArticlePassages(article: article)
        var cursor = passages.firstSentence()
        var reachedComment = false
        var steps = 0
        while let current = cursor, steps < 10_000 {
            if case .comment = current.part { reachedComment = true; break }
            cursor = passages.nextSentence(after: current)
            steps += 1
        }
        #expect(reachedComment)
        let commentText = passages.text(of: cursor!.part)!.string(cursor!.range)
        #expect(commentText.hasPrefix("The shift to a bipolar political world"))
    }
}
