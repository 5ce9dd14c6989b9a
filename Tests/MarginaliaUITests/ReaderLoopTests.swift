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
}
