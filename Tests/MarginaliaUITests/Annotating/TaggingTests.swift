import Foundation
import MarginaliaCore
import Testing
@testable import MarginaliaUI

/// Tag keys, toggling, visual selections, overlaps, the tag picker, notes and undo, through the reducer and
/// the loop's effects, with the store in memory.
@Suite struct TaggingTests {
    let env = AnnotatingFixtures.environment()

    @Test func tagKeyTagsTheSentenceAndPressingItAgainRemovesIt() {
        var state = AnnotatingFixtures.reading()
        AnnotatingFixtures.press(AnnotatingFixtures.keys("))1"), into: &state, environment: env)
        let annotations = AnnotatingFixtures.annotations(state)
        #expect(annotations.count == 1)
        #expect(annotations.first?.quote == "Though the number of troops committed by DPRK will be limited, North Korea has effectively crossed the Rubicon.")
        #expect(annotations.first?.tagIDs == [TagSet.defaults.tag(forKey: "1")!.id])
        #expect(state.message?.text == "Tagged claim")
        // The store (in memory) has it.
        if case .success(let loaded) = env.annotations.load(Fixtures.article.id) { #expect(loaded.annotations.count == 1) }
        // The status line names the tag; the text is drawn in the tag colour under the cursor.
        #expect(Fixtures.lines(state).last?.contains("claim │") == true)
        AnnotatingFixtures.press(AnnotatingFixtures.keys("2"), into: &state, environment: env)
        #expect(AnnotatingFixtures.annotations(state).first?.tagIDs.count == 2)
        #expect(Fixtures.lines(state).last?.contains("claim, evidence │") == true)
        AnnotatingFixtures.press(AnnotatingFixtures.keys("12"), into: &state, environment: env)
        #expect(AnnotatingFixtures.annotations(state).isEmpty)
        if case .success(let loaded) = env.annotations.load(Fixtures.article.id) { #expect(loaded.annotations.isEmpty) }
    }

    @Test func aTagKeyAfterAFailedLoadRepeatsWhyInsteadOfWaiting() {
        var state = Fixtures.reading(Fixtures.article, rows: 24, columns: 120)
        _ = Reducer.reduce(&state, .annotationsFailed("cannot read tags.json: not JSON"))
        #expect(state.message == StatusMessage("cannot read tags.json: not JSON", isError: true))
        AnnotatingFixtures.press(AnnotatingFixtures.keys("1"), into: &state, environment: env)
        #expect(state.message == StatusMessage("Cannot tag: cannot read tags.json: not JSON", isError: true))
        #expect(AnnotatingFixtures.annotations(state).isEmpty)
    }

    @Test func highlightsUseTagColoursAndOverlapsStayVisible() {
        var state = AnnotatingFixtures.reading()
        AnnotatingFixtures.press(AnnotatingFixtures.keys("))1"), into: &state, environment: env)
        // Select the first three words of the same sentence and tag them with 2.
        AnnotatingFixtures.press(AnnotatingFixtures.keys("v") + Array(repeating: .char("b"), count: 17) + [.char("2")],
                                 into: &state, environment: env)
        let annotations = AnnotatingFixtures.annotations(state)
        #expect(annotations.map(\.quote) == [
            "Though the number of troops committed by DPRK will be limited, North Korea has effectively crossed the Rubicon.",
            "Though the number",
        ])
        Fixtures.type(")", into: &state)
        let frame = Renderer.render(state)
        let row = Fixtures.lines(state).firstIndex { $0.contains("Though the number") }!
        let start = Fixtures.lines(state)[row].distance(of: "Though")
        let troops = Fixtures.lines(state)[row].distance(of: "troops")
        #expect(frame[row, start].style == .tagGreenOverlap)
        #expect(frame[row, troops].style == .tagYellow)
    }

    @Test func visualSelectionExtendsAndShrinksThenTagsOnlyWhatIsSelected() {
        var state = AnnotatingFixtures.reading()
        Fixtures.type("))v)", into: &state)
        #expect(state.keyContext == .visual)
        #expect(AnnotatingFixtures.selectionText(state) == "Though the number of troops committed by DPRK will be limited, North Korea has effectively crossed the Rubicon. Europe traditionally has been North Korea’s gateway to the West.")
        Fixtures.type("(", into: &state)
        Fixtures.type("o", into: &state)
        Fixtures.type("ww", into: &state)
        #expect(AnnotatingFixtures.selectionText(state) == "number of troops committed by DPRK will be limited, North Korea has effectively crossed the Rubicon.")
        #expect(Fixtures.lines(state).last?.hasPrefix(" VISUAL") == true)
        AnnotatingFixtures.press([.char("3")], into: &state, environment: env)
        #expect(state.reader?.annotating.selection == nil)
        #expect(AnnotatingFixtures.annotations(state).first?.quote == "number of troops committed by DPRK will be limited, North Korea has effectively crossed the Rubicon.")
        // Esc leaves visual mode without tagging.
        Fixtures.type("v", into: &state)
        Fixtures.press(.escape, into: &state)
        #expect(state.keyContext == .article)
    }

    @Test func tagPickerFiltersAppliesAndCreates() {
        var state = AnnotatingFixtures.reading()
        AnnotatingFixtures.press(AnnotatingFixtures.keys("t") + AnnotatingFixtures.keys("evi") + [.enter], into: &state, environment: env)
        #expect(AnnotatingFixtures.annotations(state).first?.tagIDs == [TagSet.defaults.tag(named: "evidence")!.id])
        AnnotatingFixtures.press(AnnotatingFixtures.keys(")t"), into: &state, environment: env)
        #expect(Fixtures.lines(state).last?.hasPrefix("Tag: ") == true)
        AnnotatingFixtures.press(AnnotatingFixtures.keys("method"), into: &state, environment: env)
        #expect(Fixtures.dump(state).contains("+ create tag 'method'"))
        AnnotatingFixtures.press([.enter], into: &state, environment: env)
        let tags = state.reader!.annotating.book.tags
        #expect(tags.tag(named: "method")?.key == "6")
        #expect(AnnotatingFixtures.annotations(state).last?.tagIDs == [tags.tag(named: "method")!.id])
        if case .success(let loaded) = env.annotations.load(Fixtures.article.id) { #expect(loaded.tags.tag(named: "method") != nil) }
        // The new key works at once.
        AnnotatingFixtures.press(AnnotatingFixtures.keys(")6"), into: &state, environment: env)
        #expect(AnnotatingFixtures.annotations(state).count == 3)
    }

    @Test func inlineNoteSavesOnEnterAndCancelsOnEscape() {
        var state = AnnotatingFixtures.reading()
        AnnotatingFixtures.press(AnnotatingFixtures.keys("))1a") + AnnotatingFixtures.keys("check Rubicon") + [.enter],
                                 into: &state, environment: env)
        #expect(AnnotatingFixtures.annotations(state).first?.note == "check Rubicon")
        #expect(Fixtures.lines(state).contains { $0.hasPrefix("✎") })
        #expect(Fixtures.lines(state).last?.contains("claim ✎") == true)
        AnnotatingFixtures.press([.char("a"), .ctrl("u")] + AnnotatingFixtures.keys("other") + [.escape], into: &state, environment: env)
        #expect(AnnotatingFixtures.annotations(state).first?.note == "check Rubicon")
        // A note on an untagged sentence makes a note-only annotation.
        AnnotatingFixtures.press(AnnotatingFixtures.keys(")a") + AnnotatingFixtures.keys("why?") + [.enter], into: &state, environment: env)
        #expect(AnnotatingFixtures.annotations(state).last?.tagIDs == [])
        #expect(AnnotatingFixtures.annotations(state).last?.note == "why?")
    }

    @Test func externalEditorNoteGoesThroughTheEnvironment() {
        var annotations = AnnotationEnvironment.memory()
        annotations.editNote = { old in .success(old + "edited in vi") }
        let env = AnnotatingFixtures.environment(annotations)
        var state = AnnotatingFixtures.reading()
        AnnotatingFixtures.press(AnnotatingFixtures.keys("e"), into: &state, environment: env)
        #expect(AnnotatingFixtures.annotations(state).first?.note == "edited in vi")
        #expect(AnnotatingFixtures.annotations(state).first?.quote == "Headline from CNN.")
    }

    @Test func undoAndRedoEveryChange() {
        var state = AnnotatingFixtures.reading()
        AnnotatingFixtures.press(AnnotatingFixtures.keys("1)2"), into: &state, environment: env)
        #expect(AnnotatingFixtures.annotations(state).count == 2)
        AnnotatingFixtures.press([.char("u")], into: &state, environment: env)
        #expect(AnnotatingFixtures.annotations(state).count == 1)
        #expect(state.message?.text == "Undid: add annotation")
        if case .success(let loaded) = env.annotations.load(Fixtures.article.id) { #expect(loaded.annotations.count == 1) }
        AnnotatingFixtures.press([.ctrl("r")], into: &state, environment: env)
        #expect(AnnotatingFixtures.annotations(state).count == 2)
        AnnotatingFixtures.press([.char("u"), .char("u"), .char("u")], into: &state, environment: env)
        #expect(AnnotatingFixtures.annotations(state).isEmpty)
        #expect(state.message?.text == "Nothing to undo")
    }

    @Test func storeErrorsAreShownAndQuittingNeedsConfirmation() {
        var annotations = AnnotationEnvironment.memory()
        annotations.save = { _ in .pending(count: 1, reason: "cannot write to /data: the folder is read-only") }
        annotations.retry = { .pending(count: 1, reason: "cannot write to /data: the folder is read-only") }
        let env = AnnotatingFixtures.environment(annotations)
        var state = AnnotatingFixtures.reading()
        AnnotatingFixtures.press([.char("1")], into: &state, environment: env)
        #expect(state.message?.isError == true)
        #expect(state.message?.text.contains("read-only") == true)
        #expect(AnnotatingFixtures.annotations(state).count == 1)
        AnnotatingFixtures.press([.char("Q")], into: &state, environment: env)
        #expect(!state.isQuitting)
        #expect(state.message?.text.hasPrefix("Quit again to discard 1 unsaved change") == true)
        AnnotatingFixtures.press([.char("Q")], into: &state, environment: env)
        #expect(state.isQuitting)
    }
}

/// Pending changes are retried while the reader waits for keys, not only on the next change.
@Suite struct PeriodicRetryTests {
    /// Input that is idle for a while, then quits.
    struct IdleThenQuit: InputSource {
        var idle: Int
        var sent = false
        mutating func next(wait: Bool) -> InputEvent? {
            if !wait, idle > 0 {
                idle -= 1
                return nil
            }
            if sent { return .end }
            sent = true
            return .key(.char("Q"))
        }
    }

    final class Counter: @unchecked Sendable {
        var retries = 0
        var pending = true
    }

    @Test func pendingChangesAreRetriedWhileIdle() {
        let counter = Counter()
        var annotations = AnnotationEnvironment.memory()
        annotations.save = { _ in .pending(count: 1, reason: "read-only") }
        annotations.hasPending = { counter.pending }
        annotations.retryPolls = 2
        annotations.retry = {
            counter.retries += 1
            // The folder becomes writable before the second retry.
            if counter.retries >= 2 { counter.pending = false }
            return counter.pending ? .pending(count: 1, reason: "read-only") : .saved
        }
        let environment = AnnotatingFixtures.environment(annotations)
        var state = AnnotatingFixtures.reading()
        AnnotatingFixtures.press([.char("1")], into: &state, environment: environment)
        #expect(state.message?.isError == true)
        var screen = MemoryScreen(rows: 24, columns: 80)
        var input = IdleThenQuit(idle: 10)
        let final = ReaderLoop.run(state, screen: &screen, input: &input, environment: environment)
        #expect(counter.retries >= 2)
        #expect(!counter.pending)
        #expect(final.isQuitting)
        #expect(screen.presentCount >= 2)
    }
}

/// The note editor's command: $VISUAL, then $EDITOR, then vi.
@Suite struct EditorChoiceTests {
    @Test func visualThenEditorThenVi() {
        #expect(EditorChoice.command(environment: ["VISUAL": "nano", "EDITOR": "ed"]) == "nano")
        #expect(EditorChoice.command(environment: ["VISUAL": "  ", "EDITOR": "code -w"]) == "code -w")
        #expect(EditorChoice.command(environment: ["EDITOR": ""]) == "vi")
        #expect(EditorChoice.command(environment: [:]) == "vi")
    }
}
