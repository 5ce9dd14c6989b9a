import MarginaliaCore
import Testing
@testable import MarginaliaUI

@Suite struct ArticleReducerTests {
    @Test func jAndKScrollOneLine() {
        var state = Fixtures.reading(Fixtures.long(paragraphs: 50), rows: 10, columns: 40)
        Fixtures.type("jjj", into: &state)
        #expect(Fixtures.lines(state)[0] == " enough to wrap at forty columns.")
        Fixtures.type("k", into: &state)
        #expect(Fixtures.lines(state)[0] == " Paragraph 1 has a few words in it,")
    }

    @Test func pageKeysMoveAPageAndStopAtTheEnds() {
        var state = Fixtures.reading(Fixtures.long(paragraphs: 50), rows: 10, columns: 40)
        Fixtures.press(.char(" "), into: &state)
        #expect(state.reader!.articleTop == Anchor(segment: 3, offset: 0))  // 9 rows, one kept: 8 lines down
        Fixtures.press(.pageUp, into: &state)
        #expect(state.reader!.articleTop == .start)
        Fixtures.press(.pageUp, .char("b"), .ctrl("b"), into: &state)
        #expect(state.reader!.articleTop == .start)
        Fixtures.type("G", into: &state)
        let bottom = state.reader!.articleTop
        Fixtures.type("jjd", into: &state)
        Fixtures.press(.ctrl("f"), .pageDown, .end, into: &state)
        #expect(state.reader!.articleTop == bottom)
        #expect(Fixtures.lines(state)[7] == " Paragraph 50 has a few words in it,")
        Fixtures.press(.home, into: &state)
        #expect(state.reader!.articleTop == .start)
        Fixtures.type("d", into: &state)
        Fixtures.press(.ctrl("u"), into: &state)  // `u` is undo; C-u goes up half a page
        #expect(state.reader!.articleTop == .start)
    }

    @Test func searchIsIncrementalSmartCaseAndWraps() {
        var state = Fixtures.reading(rows: 12, columns: 60)
        Fixtures.type("/kore", into: &state)
        #expect(state.prompt?.text == "kore")
        #expect(state.reader!.search!.current!.source == .title)  // "North Korean soldiers"
        Fixtures.press(.enter, into: &state)
        #expect(state.prompt == nil)
        Fixtures.type("n", into: &state)
        let first = state.reader!.search!.current!
        #expect(first.source == .block(.body, 2))
        Fixtures.type("n", into: &state)
        #expect(state.reader!.search!.current!.range.lowerBound > first.range.lowerBound)
        #expect(state.message == nil)
        Fixtures.type("n", into: &state)  // the thread's matches are not in the article view: wraps to the title
        #expect(state.reader!.search!.current!.source == .title)
        #expect(state.message == StatusMessage("Search wrapped to the top"))
        Fixtures.type("N", into: &state)
        #expect(state.message == StatusMessage("Search wrapped to the bottom"))
        Fixtures.type("/KOREA", into: &state)
        #expect(state.reader!.search!.current == nil)
        Fixtures.press(.enter, into: &state)
        #expect(state.message == StatusMessage("Pattern not found: KOREA", isError: true))
    }

    @Test func escapeCancelsASearchAndRestoresThePosition() {
        var state = Fixtures.reading(Fixtures.long(paragraphs: 50), rows: 10, columns: 40)
        Fixtures.type("/Paragraph 40", into: &state)
        #expect(state.reader!.articleTop.segment == 40)
        Fixtures.press(.escape, into: &state)
        #expect(state.prompt == nil)
        #expect(state.reader!.articleTop == .start)
        #expect(state.reader!.search == nil)
    }

    @Test func allMatchesAreHighlighted() {
        var state = Fixtures.reading(rows: 12, columns: 60)
        Fixtures.type("/korea", into: &state)
        let frame = Renderer.render(state)
        let styles = (0..<frame.rows).map { frame.styleDump(row: $0) }.joined()
        #expect(styles.filter { $0 == "c" }.count == 5)  // the current match, in currentMatch style
        #expect(styles.filter { $0 == "m" }.count >= 10)  // two more in the text, plus the title's
    }

    @Test func tabSwitchesToCommentsAndQGoesBackSavingThePosition() throws {
        var state = Fixtures.reading(Fixtures.long(paragraphs: 50), rows: 10, columns: 40)
        Fixtures.type("jjj", into: &state)
        Fixtures.press(.tab, into: &state)
        #expect(state.reader!.view == .comments)
        Fixtures.type("c", into: &state)
        #expect(state.reader!.view == .article)
        let effects = Fixtures.type("q", into: &state)
        #expect(state.screen == .library)
        // The top line is the second line of paragraph 1 (block 0), which starts after "…in it, ".
        guard case .saveReadingPosition("1000000000000000", let position) = effects.first else {
            Issue.record("no position saved: \(effects)")
            return
        }
        #expect(position == ReadingPosition(part: .body, block: 0, offset: 35))
        let percent = try #require(state.library.items[0].progress)
        #expect(percent > 0 && percent < 5)
    }

    @Test func readingPositionSurvivesAWidthChange() {
        let article = Fixtures.long(paragraphs: 50)
        var state = Fixtures.reading(article, rows: 10, columns: 40)
        Fixtures.type("jjjjjjjjjj", into: &state)
        let position = state.reader!.readingPosition
        var wide = Fixtures.reading(article, rows: 10, columns: 100)
        _ = Reducer.reduce(&wide, .articleOpened(itemID: "x", article: article, position: position, annotationCount: 0))
        // At 100 columns each paragraph is one line: the top is the paragraph holding the old top line.
        #expect(Fixtures.dump(wide).hasPrefix(String(repeating: " ", count: 10) + "Paragraph \(position.block + 1) has"))
    }

    @Test func resizeKeepsTheSamePassageAtTheTop() {
        var state = Fixtures.reading(Fixtures.long(paragraphs: 50), rows: 10, columns: 40)
        Fixtures.type("jjjjjjj", into: &state)
        let before = state.reader!.articleTop
        let firstWord = Fixtures.dump(state).split(separator: "\n")[0].split(separator: " ").first!
        _ = Reducer.reduce(&state, .resize(rows: 30, columns: 120))
        _ = Reducer.reduce(&state, .resize(rows: 8, columns: 25))
        _ = Reducer.reduce(&state, .resize(rows: 10, columns: 40))
        #expect(state.reader!.articleTop == before)
        #expect(Fixtures.dump(state).split(separator: "\n")[0].split(separator: " ").first == firstWord)
    }

    @Test func helpListsTheKeymapAndCloses() {
        var state = Fixtures.reading(rows: 30, columns: 80)
        Fixtures.type("?", into: &state)
        let dump = Fixtures.dump(state)
        #expect(dump.contains("Switch between the article and its comments"))
        #expect(dump.contains("c, Tab"))
        Fixtures.press(.escape, into: &state)
        #expect(state.helpTop == nil)
        #expect(state.screen == .reader)
    }

    @Test func ctrlCQuitsFromAnywhere() {
        var state = Fixtures.reading()
        Fixtures.type("/abc", into: &state)
        let effects = Fixtures.press(.ctrl("c"), into: &state)
        #expect(state.isQuitting)
        #expect(effects.last == .quit)
    }
}
