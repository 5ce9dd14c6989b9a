import Testing
@testable import MarginaliaCore

/// Visual selections: extending and shrinking by word, sentence and paragraph inside one part.
@Suite struct PassageSelectionTests {
    static let article = Article(
        id: ArticleID("00000000000000c2"), title: "T",
        body: [.paragraph("Alpha beta gamma. Delta epsilon."), .paragraph("Zeta eta. Theta."), .paragraph("Iota.")],
        comments: [Comment(id: "c1", author: "A", body: [.paragraph("Kappa lambda.")])])
    let passages = ArticlePassages(article: PassageSelectionTests.article)
    var body: PartText { passages.text(of: .body)! }

    func selected(_ selection: PassageSelection) -> String {
        body.string(passages.selectedRange(selection))
    }

    @Test func startsAsTheCursorSentenceAndExtendsBySentence() {
        var selection = PassageSelection(cursor: passages.firstSentence()!)
        #expect(selected(selection) == "Alpha beta gamma.")
        selection = passages.move(selection, by: .sentence, forward: true)
        #expect(selected(selection) == "Alpha beta gamma. Delta epsilon.")
        selection = passages.move(selection, by: .sentence, forward: true)
        #expect(selected(selection) == "Alpha beta gamma. Delta epsilon.\n\nZeta eta.")
        selection = passages.move(selection, by: .sentence, forward: false)
        #expect(selected(selection) == "Alpha beta gamma. Delta epsilon.")
    }

    @Test func extendsByParagraphButNeverLeavesThePart() {
        var selection = PassageSelection(cursor: passages.firstSentence()!)
        selection = passages.move(selection, by: .paragraph, forward: true)
        #expect(selected(selection) == "Alpha beta gamma. Delta epsilon.")
        selection = passages.move(selection, by: .paragraph, forward: true)
        selection = passages.move(selection, by: .paragraph, forward: true)
        #expect(selected(selection) == "Alpha beta gamma. Delta epsilon.\n\nZeta eta. Theta.\n\nIota.")
        let again = passages.move(selection, by: .paragraph, forward: true)
        #expect(again == selection)
        #expect(again.part == .body)
    }

    @Test func refinesByWordFromEitherEnd() {
        var selection = PassageSelection(cursor: passages.firstSentence()!)
        // Drop "." and "gamma" from the end.
        selection = passages.move(selection, by: .word, forward: false)
        #expect(selected(selection) == "Alpha beta gamma")
        selection = passages.move(selection, by: .word, forward: false)
        #expect(selected(selection) == "Alpha beta")
        // Swap ends and drop "Alpha" from the start: one word left.
        selection = passages.move(selection.swapped, by: .word, forward: true)
        #expect(selected(selection) == "beta")
        // The last word cannot be dropped.
        #expect(passages.move(selection, by: .word, forward: true) == selection)
        // Grow the start back.
        selection = passages.move(selection, by: .word, forward: false)
        #expect(selected(selection) == "Alpha beta")
    }

    @Test func selectionsInCommentsStayInTheirComment() {
        var selection = PassageSelection(cursor: passages.firstSentence(in: .comment("c1"))!)
        selection = passages.move(selection, by: .paragraph, forward: true)
        #expect(selection.part == .comment("c1"))
        #expect(passages.text(of: .comment("c1"))!.string(passages.selectedRange(selection)) == "Kappa lambda.")
    }

    @Test func selectedRangeNeverSplitsGraphemes() {
        let article = Article(id: ArticleID("00000000000000c3"), title: "T", body: [.paragraph("Na\u{308}ive 👍🏽 yes.")])
        let passages = ArticlePassages(article: article)
        // A raw range cutting inside "ä" and inside the emoji's modifier.
        let selection = PassageSelection(part: .body, anchor: 2, head: 8)
        let range = passages.selectedRange(selection)
        #expect(range == 0..<9)
        #expect(ScalarText(article.text).snappedToGraphemes(range) == range)
    }

    @Test func selectorIsBuiltFromNearbyBlocksOnly() throws {
        let text = body
        let range = 34..<43  // "Zeta eta."
        #expect(text.string(range) == "Zeta eta.")
        let selector = try text.selector(for: range)
        let expected = try TextSelector(text: PassageSelectionTests.article.text, range: range)
        #expect(selector == expected)
        let last = try text.selector(for: 52..<57)
        #expect(last == (try TextSelector(text: PassageSelectionTests.article.text, range: 52..<57)))
    }
}
