import Foundation
import MarginaliaCore
import Testing
@testable import MarginaliaUI

/// ] / [ jumps, the article and library-wide annotation lists, and the tag manager.
@Suite struct ListsTests {
    let env = AnnotatingFixtures.environment()

    func tagged() -> AppState {
        var state = AnnotatingFixtures.reading()
        AnnotatingFixtures.press(AnnotatingFixtures.keys("))1)))2}}}3"), into: &state, environment: env)
        return state
    }

    @Test func bracketsJumpBetweenAnnotations() {
        var state = tagged()
        #expect(AnnotatingFixtures.annotations(state).map(\.quote) == [
            "Though the number of troops committed by DPRK will be limited, North Korea has effectively crossed the Rubicon.",
            "First point of a list that is long enough to wrap onto a second line.", "Agreed about Korea.",
        ])
        #expect(state.reader?.view == .comments)
        Fixtures.type("]", into: &state)
        #expect(state.message?.text == "Wrapped to the first annotation")
        #expect(state.reader?.view == .article)
        #expect(AnnotatingFixtures.cursorText(state)?.hasPrefix("Though") == true)
        Fixtures.type("]", into: &state)
        #expect(AnnotatingFixtures.cursorText(state)?.hasPrefix("First point") == true)
        Fixtures.type("]", into: &state)
        #expect(state.reader?.view == .comments)
        #expect(state.reader?.annotating.cursor?.part == .comment("c1a"))
        Fixtures.type("[[", into: &state)
        #expect(state.reader?.view == .article)
        #expect(AnnotatingFixtures.cursorText(state)?.hasPrefix("Though") == true)
    }

    @Test func articleListFiltersJumpsDeletesAndEditsNotes() {
        var state = tagged()
        Fixtures.type("L", into: &state)
        var dump = Fixtures.dump(state)
        #expect(dump.contains("Annotations in this article (3 of 3)"))
        #expect(dump.contains("claim · “Though the number"))
        Fixtures.type("tt", into: &state)
        #expect(Fixtures.dump(state).contains("(1 of 3) · tag: evidence"))
        Fixtures.press(.enter, into: &state)
        #expect(state.reader?.annotating.panel == nil)
        #expect(AnnotatingFixtures.cursorText(state)?.hasPrefix("First point") == true)
        // Delete with confirmation: n keeps it, y deletes it.
        AnnotatingFixtures.press(AnnotatingFixtures.keys("Ldn"), into: &state, environment: env)
        #expect(AnnotatingFixtures.annotations(state).count == 3)
        AnnotatingFixtures.press(AnnotatingFixtures.keys("d"), into: &state, environment: env)
        #expect(Fixtures.lines(state).last?.contains("Delete this annotation? (y/n)") == true)
        AnnotatingFixtures.press(AnnotatingFixtures.keys("y"), into: &state, environment: env)
        #expect(AnnotatingFixtures.annotations(state).count == 2)
        dump = Fixtures.dump(state)
        #expect(dump.contains("(2 of 2)"))
        AnnotatingFixtures.press(AnnotatingFixtures.keys("a") + AnnotatingFixtures.keys("from list") + [.enter], into: &state, environment: env)
        #expect(AnnotatingFixtures.annotations(state).contains { $0.note == "from list" })
        AnnotatingFixtures.press(AnnotatingFixtures.keys("L/rubicon") + [.enter], into: &state, environment: env)
        #expect(Fixtures.dump(state).contains("(0 of 2)"))
    }

    @Test func libraryWideListShowsOrphansAndFiltersByText() {
        var orphan = Annotation(articleID: Fixtures.article.id, selector: TextSelector(start: 0, end: 4, quote: "gone text", prefix: "", suffix: ""))
        orphan.status = .orphaned
        var state = AnnotatingFixtures.reading(annotations: [orphan])
        AnnotatingFixtures.press(AnnotatingFixtures.keys("))1A"), into: &state, environment: env)
        let dump = Fixtures.dump(state)
        #expect(dump.contains("All annotations (2 of 2)"))
        #expect(dump.contains("[orphaned] At least 3,000 North Ko… · (no tag) · “gone text”"))
        AnnotatingFixtures.press(AnnotatingFixtures.keys("/rubicon") + [.enter], into: &state, environment: env)
        #expect(Fixtures.dump(state).contains("(1 of 2)"))
        AnnotatingFixtures.press([.enter], into: &state, environment: env)
        #expect(state.allAnnotations == nil)
        #expect(AnnotatingFixtures.cursorText(state)?.hasPrefix("Though") == true)
    }

    @Test func tagManagerRenamesRecoloursBindsMergesAndDeletes() {
        var state = tagged()
        AnnotatingFixtures.press(AnnotatingFixtures.keys("T"), into: &state, environment: env)
        #expect(Fixtures.dump(state).contains("Tags (5)"))
        #expect(Fixtures.dump(state).contains("claim  yellow · 1"))
        AnnotatingFixtures.press(AnnotatingFixtures.keys("r") + [.ctrl("u")] + AnnotatingFixtures.keys("assertion") + [.enter],
                                 into: &state, environment: env)
        #expect(state.reader?.annotating.book.tags.tag(named: "assertion") != nil)
        AnnotatingFixtures.press(AnnotatingFixtures.keys("c"), into: &state, environment: env)
        #expect(state.reader?.annotating.book.tags.tag(named: "assertion")?.color == .blue)
        AnnotatingFixtures.press(AnnotatingFixtures.keys("bj"), into: &state, environment: env)
        #expect(state.message?.text.hasPrefix("'j' is also a reader key") == true)
        AnnotatingFixtures.press(AnnotatingFixtures.keys("b9"), into: &state, environment: env)
        #expect(state.reader?.annotating.book.tags.tag(forKey: "9")?.name == "assertion")
        // Merge "evidence" into "assertion": the evidence annotation now carries assertion.
        AnnotatingFixtures.press(AnnotatingFixtures.keys("jm") + AnnotatingFixtures.keys("assertion") + [.enter], into: &state, environment: env)
        let tags = state.reader!.annotating.book.tags
        #expect(tags.tag(named: "evidence") == nil)
        #expect(AnnotatingFixtures.annotations(state).filter { $0.tagIDs.contains(tags.tag(named: "assertion")!.id) }.count == 2)
        // Delete asks with the count.
        AnnotatingFixtures.press(AnnotatingFixtures.keys("kd"), into: &state, environment: env)
        #expect(Fixtures.lines(state).last?.contains("Delete tag 'assertion' from 2 annotations? (y/n)") == true)
        AnnotatingFixtures.press(AnnotatingFixtures.keys("y"), into: &state, environment: env)
        #expect(state.reader!.annotating.book.tags.tag(named: "assertion") == nil)
        // Undo brings it back on both annotations.
        AnnotatingFixtures.press([.escape, .char("u")], into: &state, environment: env)
        #expect(state.reader!.annotating.book.tags.tag(named: "assertion") != nil)
    }
}

/// The library-wide list from the library screen opens another article at the annotation.
@Suite struct LibraryListTests {
    @Test func enterOpensTheArticleAtTheAnnotation() throws {
        let other = Fixtures.long(paragraphs: 40)
        let text = ArticlePassages(article: other).text(of: .body)!
        let sentence = text.sentences(inBlock: 30)[0]
        let annotation = Annotation(articleID: other.id, selector: try text.selector(for: sentence),
                                    tagIDs: [TagSet.defaults.tag(forKey: "3")!.id], note: "far down")
        let store = AnnotationEnvironment.memory()
        _ = store.save(.addAnnotation(annotation))
        let environment = ReaderEnvironment(
            openArticle: { item in item.id == other.id.rawValue ? .success((other, nil, 1)) : .failure(.init("missing")) },
            saveReadingPosition: { _, _ in nil }, annotations: store)
        var state = AppState(rows: 12, columns: 100, library: LibraryState(items: [
            LibraryItem(id: Fixtures.article.id.rawValue, title: Fixtures.article.title, commentCount: 5),
            LibraryItem(id: other.id.rawValue, title: other.title, commentCount: 0),
        ]))
        AnnotatingFixtures.press([.char("A")], into: &state, environment: environment)
        #expect(Fixtures.dump(state).contains("All annotations (1 of 1)"))
        #expect(Fixtures.dump(state).contains("question · “Paragraph 31 has a few words"))
        AnnotatingFixtures.press([.enter], into: &state, environment: environment)
        #expect(state.screen == .reader)
        #expect(state.reader?.article.id == other.id)
        #expect(AnnotatingFixtures.cursorText(state)?.hasPrefix("Paragraph 31 ") == true)
        #expect(Fixtures.dump(state).contains("Paragraph 31 "))
        #expect(state.reader?.annotating.book.annotations.first?.note == "far down")
        #expect(Fixtures.lines(state).last?.contains("question ✎") == true)
    }
}
