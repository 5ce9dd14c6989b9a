import Foundation
import Testing
@testable import MarginaliaCore

/// Highlight runs for overlapping annotations, and the tags under a range.
@Suite struct HighlightTests {
    static let article = Article(id: ArticleID("00000000000000d1"), title: "T",
                                 body: [.paragraph("0123456789abcdefghij"), .paragraph("second block")])
    let tags = TagSet.defaults
    var claim: TagID { tags.tag(named: "claim")!.id }
    var evidence: TagID { tags.tag(named: "evidence")!.id }
    var question: TagID { tags.tag(named: "question")!.id }

    func annotation(_ range: Range<Int>, _ tagIDs: [TagID], note: String? = nil, part: PartID = .body) -> Annotation {
        let selector = TextSelector(start: range.lowerBound, end: range.upperBound, quote: "", prefix: "", suffix: "")
        return Annotation(articleID: HighlightTests.article.id, part: part, selector: selector, tagIDs: tagIDs, note: note)
    }

    /// Runs drawn as `range:colour:depth(:note)` for compact comparison.
    func dump(_ runs: [HighlightRun]) -> [String] {
        runs.map { "\($0.range.lowerBound)-\($0.range.upperBound):\($0.color?.rawValue ?? "none"):\($0.depth)\($0.endsNote ? ":note" : "")" }
    }

    @Test func innermostAnnotationIsOnTopAndOverlapsAreMarked() {
        let outer = annotation(0..<20, [claim])
        let inner = annotation(5..<10, [evidence])
        let highlights = ArticleHighlights([outer, inner])
        #expect(dump(highlights.runs(in: .body, range: 0..<20, tags: tags)) ==
            ["0-5:yellow:1", "5-10:green:2", "10-20:yellow:1"])
        // A query over part of the block clips the runs.
        #expect(dump(highlights.runs(in: .body, range: 7..<12, tags: tags)) == ["7-10:green:2", "10-12:yellow:1"])
    }

    @Test func equalLengthOverlapsShowTheMostRecentAndLastAddedTag() {
        let first = annotation(0..<10, [claim])
        let second = annotation(5..<15, [evidence, question])
        let highlights = ArticleHighlights([first, second])
        #expect(dump(highlights.runs(in: .body, range: 0..<20, tags: tags)) ==
            ["0-5:yellow:1", "5-10:cyan:2", "10-15:cyan:1"])
    }

    @Test func notesMarkTheEndOfTheirPassage() {
        let noted = annotation(2..<6, [], note: "why?")
        let highlights = ArticleHighlights([noted, annotation(4..<12, [claim])])
        #expect(dump(highlights.runs(in: .body, range: 0..<20, tags: tags)) ==
            ["2-4:none:1", "4-6:none:2:note", "6-12:yellow:1"])
    }

    @Test func orphansAndOtherPartsAreNotDrawn() {
        var orphan = annotation(0..<5, [claim])
        orphan.status = .orphaned
        let comment = annotation(0..<5, [claim], part: .comment("c1"))
        let highlights = ArticleHighlights([orphan, comment])
        #expect(highlights.runs(in: .body, range: 0..<20, tags: tags).isEmpty)
        #expect(dump(highlights.runs(in: .comment("c1"), range: 0..<20, tags: tags)) == ["0-5:yellow:1"])
    }

    @Test func tagsUnderTheCursor() {
        let highlights = ArticleHighlights([annotation(0..<20, [claim]), annotation(5..<10, [evidence, claim]),
                                            annotation(22..<30, [question])])
        #expect(highlights.tagNames(in: .body, overlapping: 6..<8, tags: tags) == ["claim", "evidence"])
        #expect(highlights.tagNames(in: .body, overlapping: 12..<14, tags: tags) == ["claim"])
        #expect(highlights.tagNames(in: .body, overlapping: 22..<34, tags: tags) == ["question"])
        #expect(highlights.tagNames(in: .body, overlapping: 20..<22, tags: tags) == [])
        // An empty range asks what contains the offset.
        #expect(highlights.annotations(in: .body, overlapping: 9..<9).count == 2)
    }

    @Test func indexMatchesABruteForceScanOnManyAnnotations() {
        var generator = SystemRandomNumberGenerator()
        var annotations: [Annotation] = []
        for _ in 0..<400 {
            let start = Int.random(in: 0..<1000, using: &generator)
            let length = Int.random(in: 1..<60, using: &generator)
            annotations.append(annotation(start..<(start + length), [claim]))
        }
        let highlights = ArticleHighlights(annotations)
        for _ in 0..<200 {
            let start = Int.random(in: 0..<1000, using: &generator)
            let range = start..<(start + Int.random(in: 0..<80, using: &generator))
            let expected = annotations.filter { range.isEmpty ? ($0.start <= start && $0.end > start) : $0.range.overlaps(range) }
            #expect(highlights.annotations(in: .body, overlapping: range).map(\.id) == expected.map(\.id))
        }
    }

    @Test func incrementalUpdatesMatchARebuild() {
        var generator = SystemRandomNumberGenerator()
        var book = AnnotationBook(articleID: HighlightTests.article.id, annotations: [], tags: tags)
        let tagIDs = [claim, evidence, question]
        for step in 0..<300 {
            let choice = Int.random(in: 0..<10, using: &generator)
            if choice < 5 || book.annotations.isEmpty {
                let start = Int.random(in: 0..<300, using: &generator)
                let range = start..<(start + Int.random(in: 1..<40, using: &generator))
                let tag = tagIDs.randomElement(using: &generator)!
                _ = try? book.toggle(tag: tag, on: .body, range: range) {
                    TextSelector(start: range.lowerBound, end: range.upperBound, quote: "q", prefix: "", suffix: "")
                }
            } else if choice < 7 {
                book.setNote(step % 2 == 0 ? "note \(step)" : nil, id: book.annotations.randomElement(using: &generator)!.id)
            } else if choice < 8 {
                book.delete(id: book.annotations.randomElement(using: &generator)!.id)
            } else if choice < 9 {
                _ = book.undo()
            } else {
                _ = book.redo()
            }
            let rebuilt = ArticleHighlights(book.annotations)
            #expect(book.highlights.runs(in: .body, range: 0..<400, tags: tags) == rebuilt.runs(in: .body, range: 0..<400, tags: tags), "step \(step)")
            let probe = Int.random(in: 0..<340, using: &generator)
            #expect(book.highlights.annotations(in: .body, overlapping: probe..<(probe + 5)).map(\.id)
                == rebuilt.annotations(in: .body, overlapping: probe..<(probe + 5)).map(\.id))
        }
    }
}
