import MarginaliaCore
import Testing
@testable import MarginaliaUI

@Suite struct CommentsReducerTests {
    func inComments(rows: Int = 24, columns: Int = 60) -> AppState {
        var state = Fixtures.reading(rows: rows, columns: columns)
        Fixtures.press(.tab, into: &state)
        return state
    }

    func selectedID(_ state: AppState) -> String? {
        state.reader!.comments.selected.map { state.reader!.comments.tree.nodes[$0].comment.id }
    }

    @Test func showsTheTreeIndentedWithAuthors() {
        let state = inComments()
        let lines = Fixtures.lines(state)
        #expect(lines[0] == " Macroduck · October 29, 2024")
        #expect(lines.contains("   Barry"))
        #expect(lines.contains("     Macroduck"))
        #expect(lines.contains("     Thanks."))
        #expect(lines.contains(" Pgl"))
        let frame = Renderer.render(state)
        #expect(frame[0, 1].style == .selectedAuthor)  // the selected comment's author
        #expect(frame[0, 14].style == .meta)  // its date
    }

    @Test func collapseHidesRepliesAndCountsThem() {
        var state = inComments()
        Fixtures.press(.char(" "), into: &state)
        var lines = Fixtures.lines(state)
        #expect(lines[0] == " Macroduck · October 29, 2024 [+3 replies hidden]")
        #expect(!lines.contains("   Barry"))
        Fixtures.press(.enter, into: &state)
        lines = Fixtures.lines(state)
        #expect(lines.contains("   Barry"))
    }

    @Test func collapseAllAndExpandAll() {
        var state = inComments()
        Fixtures.type("JJ", into: &state)
        #expect(selectedID(state) == "c1a1")
        Fixtures.type("C", into: &state)
        #expect(selectedID(state) == "c1")  // the selection moves to its visible top-level comment
        #expect(state.reader!.comments.collapsed == ["c1", "c1a"])
        let lines = Fixtures.lines(state)
        #expect(lines.contains(" Pgl"))
        #expect(!lines.contains { $0.contains("Thanks.") })
        Fixtures.type("E", into: &state)
        #expect(state.reader!.comments.collapsed.isEmpty)
    }

    // ( ) { } move the passage cursor (issue 5); siblings are < >, top-level comments - +.
    @Test func parentSiblingAndTopLevelJumps() {
        var state = inComments()
        Fixtures.type("J", into: &state)
        #expect(selectedID(state) == "c1a")
        Fixtures.type(">", into: &state)
        #expect(selectedID(state) == "c1b")
        Fixtures.type(">", into: &state)
        #expect(state.message == StatusMessage("No next sibling"))
        Fixtures.type("<", into: &state)
        #expect(selectedID(state) == "c1a")
        Fixtures.type("J", into: &state)
        #expect(selectedID(state) == "c1a1")
        Fixtures.type("p", into: &state)
        #expect(selectedID(state) == "c1a")
        Fixtures.type("+", into: &state)
        #expect(selectedID(state) == "c2")
        Fixtures.type("-", into: &state)
        #expect(selectedID(state) == "c1")
        Fixtures.type("p", into: &state)
        #expect(state.message == StatusMessage("This is a top-level comment"))
        Fixtures.type("K", into: &state)
        #expect(state.message == StatusMessage("This is the first comment"))
    }

    @Test func jumpingScrollsTheSelectedCommentIntoView() {
        var state = inComments(rows: 6, columns: 40)
        Fixtures.type("+", into: &state)
        #expect(selectedID(state) == "c2")
        #expect(Fixtures.lines(state).contains { $0.contains("Pgl") })
    }

    @Test func searchOpensCollapsedCommentsHoldingAMatch() {
        var state = inComments()
        Fixtures.type("C", into: &state)
        #expect(state.reader!.comments.collapsed.contains("c1"))
        Fixtures.type("/thanks", into: &state)
        Fixtures.press(.enter, into: &state)
        #expect(!state.reader!.comments.collapsed.contains("c1"))
        #expect(!state.reader!.comments.collapsed.contains("c1a"))
        #expect(selectedID(state) == "c1a1")
        #expect(state.reader!.search!.current == SearchHit(source: .block(.comment("c1a1"), 0), range: 0..<6))
        #expect(Fixtures.lines(state).contains("     Thanks."))
    }

    @Test func searchFindsAuthorsAndWrapsInTheThread() {
        var state = inComments()
        Fixtures.type("/macroduck", into: &state)
        Fixtures.press(.enter, into: &state)
        #expect(state.reader!.search!.current!.source == .commentHeader("c1"))
        Fixtures.type("n", into: &state)
        #expect(state.reader!.search!.current!.source == .commentHeader("c1a1"))
        Fixtures.type("n", into: &state)
        #expect(state.message == StatusMessage("Search wrapped to the top"))
    }

    @Test func scrollingAwayMovesTheSelectionOnScreen() {
        var state = inComments(rows: 6, columns: 40)
        Fixtures.type("jjjjjjjj", into: &state)
        let shown = Set(Fixtures.lines(state).compactMap { line in
            ["Macroduck", "Barry", "Anne", "Pgl"].first { line.contains($0) }
        })
        let selected = state.reader!.comments.tree.nodes[state.reader!.comments.selected!].comment.author
        #expect(shown.contains(selected) || Fixtures.lines(state).contains { $0.contains("Thanks") || $0.contains("Not so sure") })
    }

    @Test func anArticleWithoutCommentsSaysSo() {
        var state = Fixtures.reading(Fixtures.long(paragraphs: 3), rows: 10, columns: 40)
        Fixtures.press(.tab, into: &state)
        #expect(Fixtures.lines(state)[0] == " No comments.")
        Fixtures.type("JC +", into: &state)
        #expect(state.reader!.view == .comments)
    }
}
