import MarginaliaCore
import Testing
@testable import MarginaliaUI

@Suite struct LibraryReducerTests {
    func library(_ titles: [String], rows: Int = 10) -> AppState {
        AppState(
            rows: rows, columns: 60,
            library: LibraryState(items: titles.enumerated().map { LibraryItem(id: "\($0.offset)", title: $0.element, commentCount: $0.offset) }))
    }

    @Test func movesOpensAndQuits() {
        var state = library(["Alpha", "Beta", "Gamma"])
        Fixtures.type("jj", into: &state)
        #expect(state.library.selected == 2)
        Fixtures.type("j", into: &state)
        #expect(state.library.selected == 2)
        Fixtures.press(.up, .home, into: &state)
        #expect(state.library.selected == 0)
        Fixtures.press(.end, into: &state)
        #expect(state.library.selected == 2)
        #expect(Fixtures.press(.enter, into: &state) == [.openArticle(state.library.items[2])])
        #expect(Fixtures.type("q", into: &state) == [.quit])
    }

    @Test func filterNarrowsAsYouTypeAndEscapeRestores() {
        var state = library(["North Korea", "Russia", "South Korea", "Ukraine"])
        Fixtures.type("/kor", into: &state)
        #expect(state.library.visibleItems == [0, 2])
        #expect(Fixtures.lines(state)[2].hasPrefix(" North Korea"))
        #expect(Fixtures.lines(state)[3].hasPrefix(" South Korea"))
        #expect(Fixtures.lines(state).last!.hasPrefix("Filter: kor▏  (2 of 4)"))
        Fixtures.press(.enter, into: &state)
        Fixtures.type("j", into: &state)
        #expect(state.library.selectedItem?.title == "South Korea")
        Fixtures.type("/", into: &state)
        Fixtures.press(.ctrl("u"), into: &state)
        Fixtures.type("zzz", into: &state)
        #expect(Fixtures.dump(state).contains("No title matches the filter."))
        Fixtures.press(.escape, into: &state)
        #expect(state.library.filter == "kor")
    }

    @Test func rowsShowCountsAndProgress() {
        var state = library(["One"])
        state.library.items[0].annotationCount = 3
        state.library.items[0].progress = 42
        #expect(Fixtures.lines(state)[2] == " One                      0 comments    3 annotations   42%")
        state.library.items[0].progress = nil
        #expect(Fixtures.lines(state)[2].hasSuffix("new"))
    }

    @Test func anEmptyLibrarySaysHowToOpenAnArticle() {
        let state = AppState(rows: 10, columns: 60, library: LibraryState(items: [], emptyNotice: "No articles read yet."))
        #expect(Fixtures.lines(state)[2] == " No articles read yet.")
    }
}
