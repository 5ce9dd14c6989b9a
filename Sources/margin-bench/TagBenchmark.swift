import ArgumentParser
import MarginaliaCore
import MarginaliaUI

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif

/// `margin-bench tag`: a tag key press to its frame on a 10 MB article with 10,000 annotations (issue 5).
struct TagBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tag",
        abstract: "Time a tag key press to its frame (reducer + layout + render + store save) on a 10 MB article with 10,000 annotations."
    )

    @Option(help: "Scratch folder for the store (removed afterwards).")
    var scratch = "/tmp/marginalia-tag-bench-\(getpid())"

    @Option(help: "Article size in bytes.")
    var bytes = 10_000_000

    @Option(help: "Annotations already on the article.")
    var annotations = 10_000

    @Option(help: "Key presses to time (each tags a sentence; the same number untag it again).")
    var presses = 100

    func run() throws {
        defer { removeTree(scratch) }
        var generator = TextGenerator(seed: 7)
        var paragraphs: [Block] = []
        var size = 0
        while size < bytes {
            let paragraph = generator.paragraph()
            size += paragraph.utf8.count + 2
            paragraphs.append(.paragraph(paragraph))
        }
        let article = Article(id: ArticleID("7a9b00000000beef"), title: "Tag benchmark", body: paragraphs)
        var state = AppState(rows: 50, columns: 120, library: LibraryState(items: [
            LibraryItem(id: article.id.rawValue, title: article.title, commentCount: 0),
        ]))
        let openTime = milliseconds {
            _ = Reducer.reduce(&state, .articleOpened(itemID: article.id.rawValue, article: article, position: nil, annotationCount: 0))
        }
        // 10,000 annotations spread over the article (the first sentence of evenly spaced paragraphs).
        let body = state.reader!.annotating.passages.text(of: .body)!
        let claim = TagSet.defaults.tag(forKey: "2")!.id
        var existing: [Annotation] = []
        let step = max(1, paragraphs.count / annotations)
        var block = 0
        while existing.count < annotations, block < paragraphs.count {
            let sentence = body.sentences(inBlock: block)[0]
            existing.append(Annotation(articleID: article.id, selector: try body.selector(for: sentence), tagIDs: [claim]))
            block += step
        }
        let store = AnnotationStore(directory: scratch)
        try store.apply(.batch(existing.map { .addAnnotation($0) }))
        let saver = AnnotationSaver(store: store)
        let environment = ReaderEnvironment(
            openArticle: { _ in .failure(.init("not used")) }, saveReadingPosition: { _, _ in nil },
            annotations: .store(saver, titles: { _ in article.title }, editNote: { .success($0) }))
        ReaderLoop.perform([.loadAnnotations(article.id)], on: &state, environment: environment)
        var screen = MemoryScreen(rows: 50, columns: 120)
        screen.present(Renderer.render(state))

        var tagTimes: [Double] = []
        var untagTimes: [Double] = []
        for press in 0..<presses {
            // Put the cursor on the second sentence of a paragraph somewhere in the article (not timed).
            let target = (press * 7919) % paragraphs.count
            let sentences = body.sentences(inBlock: target)
            let sentence = sentences.count > 1 ? sentences[1] : sentences[0]
            state.reader!.annotating.cursor = PassageCursor(part: .body, range: sentence)
            _ = Reducer.reduce(&state, .key(.char("}")))
            _ = Reducer.reduce(&state, .key(.char("{")))
            state.reader!.annotating.cursor = PassageCursor(part: .body, range: sentence)
            screen.present(Renderer.render(state))
            for times in [0, 1] {
                let time = milliseconds {
                    let effects = Reducer.reduce(&state, .key(.char("1")))
                    ReaderLoop.perform(effects, on: &state, environment: environment)
                    screen.present(Renderer.render(state))
                }
                if times == 0 { tagTimes.append(time) } else { untagTimes.append(time) }
            }
        }
        guard !saver.hasPending, state.reader!.annotating.book.annotations.count == existing.count else {
            throw ValidationError("the benchmark's changes were not all saved")
        }
        tagTimes.sort()
        untagTimes.sort()
        func summary(_ times: [Double]) -> String {
            "median \(format(times[times.count / 2])) ms, p90 \(format(times[times.count * 9 / 10])) ms, max \(format(times.last!)) ms"
        }
        print("article \(size / 1_000_000) MB, \(paragraphs.count) paragraphs, \(existing.count) annotations; open (layout state): \(format(openTime)) ms")
        print("tag key press to frame (reducer + layout + render + store save), \(presses) presses: \(summary(tagTimes))  [target < 16 ms]")
        print("same key again (untag, annotation removed): \(summary(untagTimes))  [target < 16 ms]")
    }
}
