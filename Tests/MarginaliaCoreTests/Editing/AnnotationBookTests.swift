import Foundation
import Testing
@testable import MarginaliaCore

/// Tagging, toggling, notes, tag management and undo on the in-memory book.
@Suite struct AnnotationBookTests {
    static let article = Article(id: ArticleID("00000000000000e1"), title: "T",
                                 body: [.paragraph("First sentence here. Second one."), .paragraph("Third.")],
                                 comments: [Comment(id: "c1", author: "A", body: [.paragraph("A comment.")])])
    let passages = ArticlePassages(article: AnnotationBookTests.article)

    func book() -> AnnotationBook {
        AnnotationBook(articleID: AnnotationBookTests.article.id, annotations: [], tags: .defaults)
    }

    func selector(_ part: PartID, _ range: Range<Int>) -> () throws -> TextSelector {
        { try passages.text(of: part)!.selector(for: range) }
    }

    var claim: TagID { TagSet.defaults.tag(forKey: "1")!.id }
    var evidence: TagID { TagSet.defaults.tag(forKey: "2")!.id }

    @Test func tagKeyTogglesTheTagOnTheSamePassage() throws {
        var book = book()
        let range = 0..<20
        let added = try book.toggle(tag: claim, on: .body, range: range, selector: selector(.body, range))
        guard case .addAnnotation(let annotation) = added else { Issue.record("expected an add"); return }
        #expect(annotation.quote == "First sentence here.")
        #expect(annotation.tagIDs == [claim])
        #expect(book.highlights.tagNames(in: .body, overlapping: range, tags: book.tags) == ["claim"])
        // A second tag on the same passage goes on the same annotation.
        try book.toggle(tag: evidence, on: .body, range: range, selector: selector(.body, range))
        #expect(book.annotations.count == 1)
        #expect(book.annotations[0].tagIDs == [claim, evidence])
        // Pressing the first key again takes that tag off; pressing the second deletes the annotation.
        try book.toggle(tag: claim, on: .body, range: range, selector: selector(.body, range))
        #expect(book.annotations[0].tagIDs == [evidence])
        let removed = try book.toggle(tag: evidence, on: .body, range: range, selector: selector(.body, range))
        guard case .removeAnnotation = removed else { Issue.record("expected a removal"); return }
        #expect(book.annotations.isEmpty)
    }

    @Test func overlappingPassagesAreSeparateAnnotations() throws {
        var book = book()
        try book.toggle(tag: claim, on: .body, range: 0..<20, selector: selector(.body, 0..<20))
        try book.toggle(tag: evidence, on: .body, range: 6..<14, selector: selector(.body, 6..<14))
        try book.toggle(tag: claim, on: .comment("c1"), range: 0..<10, selector: selector(.comment("c1"), 0..<10))
        #expect(book.annotations.count == 3)
        #expect(book.annotations[1].quote == "sentence")
        #expect(book.annotations[2].part == .comment("c1"))
        #expect(book.annotations[2].quote == "A comment.")
        let runs = book.highlights.runs(in: .body, range: 0..<32, tags: book.tags)
        #expect(runs.map(\.depth) == [1, 2, 1])
    }

    @Test func removingTheLastTagKeepsAnAnnotationWithANote() throws {
        var book = book()
        try book.toggle(tag: claim, on: .body, range: 0..<20, selector: selector(.body, 0..<20))
        let id = book.annotations[0].id
        book.setNote("  check this  ", id: id)
        #expect(book.annotations[0].note == "  check this")
        try book.toggle(tag: claim, on: .body, range: 0..<20, selector: selector(.body, 0..<20))
        #expect(book.annotations.count == 1)
        #expect(book.annotations[0].tagIDs.isEmpty)
        // Clearing the note of a tagless annotation deletes it.
        let change = book.setNote("   ", id: id)
        #expect(change == .removeAnnotation(book.undoStack.last!.removedAnnotation!))
        #expect(book.annotations.isEmpty)
    }

    @Test func noteOnAnUnannotatedPassageCreatesAnAnnotation() throws {
        var book = book()
        let change = try book.setNote("a note", on: .body, range: 21..<32, selector: selector(.body, 21..<32))
        #expect(change != nil)
        #expect(book.annotations.first?.quote == "Second one.")
        #expect(book.annotations.first?.note == "a note")
        #expect(try book.setNote(nil, on: .body, range: 0..<5, selector: selector(.body, 0..<5)) == nil)
    }

    @Test func undoAndRedoReturnTheChangesToSave() throws {
        var book = book()
        let add = try book.toggle(tag: claim, on: .body, range: 0..<20, selector: selector(.body, 0..<20))
        let id = book.annotations[0].id
        let note = book.setNote("n", id: id)!
        #expect(book.undo() == note.inverse)
        #expect(book.annotations[0].note == nil)
        #expect(book.undo() == add.inverse)
        #expect(book.annotations.isEmpty)
        #expect(book.undo() == nil)
        #expect(book.redo() == add)
        #expect(book.redo() == note)
        #expect(book.annotations[0].note == "n")
        // A new change forgets what could be redone.
        _ = book.undo()
        book.delete(id: id)
        #expect(!book.canRedo)
        #expect(book.annotations.isEmpty)
    }

    @Test func createsTagsWithFreeKeysAndColours() throws {
        var book = book()
        let (tag, _) = try book.createTag(named: " method ")
        #expect(tag.name == "method")
        #expect(tag.key == "6")
        #expect(tag.color == .blue)
        #expect(throws: TagError.self) { try book.createTag(named: "Claim") }
        #expect(book.tags.count == 6)
        _ = book.undo()
        #expect(book.tags.count == 5)
    }

    @Test func mergesAndDeletesTagsEverywhere() throws {
        var book = book()
        try book.toggle(tag: claim, on: .body, range: 0..<20, selector: selector(.body, 0..<20))
        try book.toggle(tag: evidence, on: .body, range: 0..<20, selector: selector(.body, 0..<20))
        let otherSelector = TextSelector(start: 0, end: 3, quote: "abc", prefix: "", suffix: "")
        let other = Annotation(articleID: ArticleID("00000000000000e2"), selector: otherSelector, tagIDs: [evidence])
        #expect(book.count(of: evidence, others: [other]) == 2)
        let merged = try book.mergeTag(evidence, into: claim, others: [other])
        #expect(merged.touched == 2)
        #expect(book.annotations[0].tagIDs == [claim])
        #expect(book.tags[evidence] == nil)
        _ = book.undo()
        #expect(book.annotations[0].tagIDs == [claim, evidence])
        #expect(book.tags[evidence] != nil)
        let deleted = try book.deleteTag(claim, others: [])
        #expect(deleted.touched == 1)
        #expect(book.annotations[0].tagIDs == [evidence])
        var renamed = book.tags[evidence]!
        renamed.name = "proof"
        renamed.key = "9"
        try book.updateTag(renamed)
        #expect(book.tags.tag(forKey: "9")?.name == "proof")
        renamed.name = "question"
        #expect(throws: TagError.self) { try book.updateTag(renamed) }
    }
}

extension StoreChange {
    /// The annotation a removal removes.
    var removedAnnotation: Annotation? {
        if case .removeAnnotation(let annotation) = self { return annotation }
        return nil
    }
}
