import MarginaliaCore
import Testing
@testable import MarginaliaUI

/// Keys from a script, all available at once (as if typed ahead).
struct ScriptedInput: InputSource {
    var events: [InputEvent]
    mutating func next(wait: Bool) -> InputEvent? {
        events.isEmpty ? (wait ? .end : nil) : events.removeFirst()
    }
}

@Suite struct ReaderLoopTests {
    final class Recorder {
        var opened: [String] = []
        var saved: [(String, ReadingPosition)] = []
    }

    func environment(_ recorder: Recorder, position: ReadingPosition? = nil) -> ReaderEnvironment {
        ReaderEnvironment(
            openArticle: { item in
                recorder.opened.append(item.id)
                return .success((Fixtures.long(paragraphs: 40), position, 2))
            },
            saveReadingPosition: { id, position in
                recorder.saved.append((id, position))
                return nil
            })
    }

    func library() -> AppState {
        AppState(rows: 10, columns: 40, library: LibraryState(items: [LibraryItem(id: "1000000000000000", title: "Long")]))
    }

    @Test func opensAnArticleScrollsGoesBackAndSavesThePosition() {
        let recorder = Recorder()
        var screen = MemoryScreen(rows: 10, columns: 40)
        var input = ScriptedInput(events: [.key(.enter), .key(.char("j")), .key(.char("j")), .key(.char("q")), .key(.char("q"))])
        let final = ReaderLoop.run(library(), screen: &screen, input: &input, environment: environment(recorder))
        #expect(final.isQuitting)
        #expect(recorder.opened == ["1000000000000000"])
        #expect(recorder.saved.map(\.1) == [ReadingPosition(part: .body, block: 0, offset: 0)])
        // Typed-ahead keys draw no frames in between: the first frame, then the last one before waiting.
        #expect(screen.presentCount == 1)
        #expect(screen.textDump.contains("LIBRARY"))
    }

    @Test func aSavedPositionIsRestored() {
        let recorder = Recorder()
        var screen = MemoryScreen(rows: 10, columns: 40)
        var input = ScriptedInput(events: [.key(.enter), .resize(rows: 10, columns: 40)])
        let final = ReaderLoop.run(
            library(), screen: &screen, input: &input,
            environment: environment(recorder, position: ReadingPosition(part: .body, block: 9, offset: 0)))
        #expect(final.reader?.articleTop == Anchor(segment: 10, offset: 0))
        // Once open, the count is that of the annotations loaded for the article (none in this memory store),
        // not the library index's figure passed to `articleOpened`.
        #expect(final.reader?.annotationCount == 0)
    }

    @Test func framesAreDrawnWhenInputPauses() {
        struct Paused: InputSource {
            var events: [InputEvent?] = [nil, .key(.enter), nil, .key(.char("j")), nil, .key(.char("Q"))]
            mutating func next(wait: Bool) -> InputEvent? {
                if events.isEmpty { return .end }
                let event = events.removeFirst()
                if event == nil && wait { return next(wait: wait) }
                return event
            }
        }
        let recorder = Recorder()
        var screen = MemoryScreen(rows: 10, columns: 40)
        var input = Paused()
        ReaderLoop.run(library(), screen: &screen, input: &input, environment: environment(recorder))
        #expect(screen.presentCount == 3)
        #expect(screen.textDump.contains("ARTICLE │ Long"))
    }

    func partialEnvironment(_ recorder: Recorder, completions: Box) -> ReaderEnvironment {
        ReaderEnvironment(
            openArticle: { _ in .success((Fixtures.long(paragraphs: 30), ReadingPosition(part: .body, block: 1, offset: 0), 0)) },
            saveReadingPosition: { id, position in
                recorder.saved.append((id, position))
                return nil
            },
            isPartial: { $0.body.count == 30 },
            completeArticle: { _ in
                completions.count += 1
                return .success((Fixtures.long(paragraphs: 60), 4))
            })
    }

    final class Box { var count = 0 }

    @Test func aLongFileOpensFromItsFirstPartAndCompletesWhenNeeded() {
        let recorder = Recorder()
        let completions = Box()
        var screen = MemoryScreen(rows: 10, columns: 40)
        // Typed ahead: Enter, two lines down (within the first part), then G needs the whole article.
        var input = ScriptedInput(events: [.key(.enter), .key(.char("j")), .key(.char("G"))])
        let final = ReaderLoop.run(library(), screen: &screen, input: &input, environment: partialEnvironment(recorder, completions: completions))
        #expect(completions.count == 1)
        #expect(final.reader?.isPartial == false)
        #expect(final.reader?.article.body.count == 60)
        #expect(final.reader?.annotating.isLoaded == true)  // annotations are loaded with the whole article
        #expect(screen.textDump.contains("Paragraph 60"))
    }

    @Test func quittingBeforeTheRestIsNeededNeverReadsIt() {
        let recorder = Recorder()
        let completions = Box()
        var screen = MemoryScreen(rows: 10, columns: 40)
        var input = ScriptedInput(events: [.key(.enter), .key(.char("j")), .key(.char("Q"))])
        let final = ReaderLoop.run(library(), screen: &screen, input: &input, environment: partialEnvironment(recorder, completions: completions))
        #expect(completions.count == 0)
        #expect(final.reader?.isPartial == true)
        #expect(final.reader?.annotating.isLoaded == false)  // never on the first part: positions may lie beyond it
        // The position is in the first part's blocks, which are the whole article's first blocks.
        #expect(recorder.saved.map(\.1) == [ReadingPosition(part: .body, block: 1, offset: 35)])
    }

    @Test func idleTimeCompletesTheArticleKeepingThePlace() {
        let recorder = Recorder()
        let completions = Box()
        var screen = MemoryScreen(rows: 10, columns: 40)
        var input = ScriptedInput(events: [.key(.enter)])  // then input pauses (the script ends with .end)
        struct PauseThenEnd: InputSource {
            var inner: ScriptedInput
            var paused = false
            mutating func next(wait: Bool) -> InputEvent? {
                if let event = inner.next(wait: false) { return event }
                if !wait { return nil }
                return .end
            }
        }
        var pausing = PauseThenEnd(inner: input)
        _ = input
        let final = ReaderLoop.run(library(), screen: &screen, input: &pausing, environment: partialEnvironment(recorder, completions: completions))
        #expect(completions.count == 1)
        #expect(final.reader?.article.body.count == 60)
        #expect(final.reader?.articleTop == Anchor(segment: 2, offset: 0))  // the saved block 1 is still on top
    }
}

@Suite struct FirstPartKeyTests {
    @Test func anAnnotationKeyOnTheFirstPartWaitsForTheWholeArticle() {
        var state = Fixtures.reading(Fixtures.long(paragraphs: 30), rows: 10, columns: 40)
        state.reader?.isPartial = true
        #expect(Fixtures.type("j", into: &state) == [])
        let effects = Fixtures.type("v", into: &state)
        #expect(effects == [.completeArticle])
        #expect(state.pendingKey == .char("v"))
    }
}

@Suite struct DeferredLoadingTests {
    func run(_ events: [InputEvent?]) -> AppState {
        struct Script: InputSource {
            var events: [InputEvent?]
            mutating func next(wait: Bool) -> InputEvent? {
                while !events.isEmpty {
                    let event = events.removeFirst()
                    if let event { return event }
                    if !wait { return nil }  // a pause: nothing typed ahead at this point
                }
                return wait ? .end : nil
            }
        }
        var screen = MemoryScreen(rows: 10, columns: 40)
        var input = Script(events: events)
        let environment = ReaderEnvironment(
            openArticle: { _ in .success((Fixtures.long(paragraphs: 5), nil, 0)) }, saveReadingPosition: { _, _ in nil })
        var library = AppState(rows: 10, columns: 40, library: LibraryState(items: [LibraryItem(id: "1", title: "Long")]))
        library.defersAnnotationLoading = true  // as for the article margin is started on
        return ReaderLoop.run(library, screen: &screen, input: &input, environment: environment)
    }

    @Test func annotationsLoadAfterTheFirstFrameNotBeforeIt() {
        #expect(run([.key(.enter), .key(.char("Q"))]).reader?.annotating.isLoaded == false)
        #expect(run([.key(.enter), nil, .key(.char("Q"))]).reader?.annotating.isLoaded == true)
    }

    @Test func aKeyThatNeedsTheAnnotationsLoadsThemFirst() {
        #expect(run([.key(.enter), .key(.char("j")), .key(.char("Q"))]).reader?.annotating.isLoaded == false)
        #expect(run([.key(.enter), .key(.char("v")), .key(.char("Q"))]).reader?.annotating.isLoaded == true)
    }
}
