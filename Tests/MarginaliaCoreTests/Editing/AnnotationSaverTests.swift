import Foundation
import Testing
@testable import MarginaliaCore

/// Saving at once, and keeping changes pending while the store cannot be written.
@Suite struct AnnotationSaverTests {
    static let article = Article(id: ArticleID("00000000000000f1"), title: "T",
                                 body: [.paragraph("First sentence here. Second one.")])
    let passages = ArticlePassages(article: AnnotationSaverTests.article)

    func selector(_ range: Range<Int>) -> () throws -> TextSelector {
        { try passages.text(of: .body)!.selector(for: range) }
    }

    @Test func savesEveryChangeAtOnceAndUndoGoesThroughTheStore() throws {
        let folder = TemporaryFolder()
        let store = AnnotationStore(directory: folder.path)
        let saver = AnnotationSaver(store: store)
        var book = AnnotationBook(articleID: Self.article.id, annotations: [], tags: try store.tags())
        let claim = book.tags.tag(forKey: "1")!.id
        #expect(saver.save(try book.toggle(tag: claim, on: .body, range: 0..<20, selector: selector(0..<20))) == .saved)
        // A fresh store instance (another process) sees it.
        let reread = AnnotationStore(directory: folder.path)
        #expect(try reread.annotations(for: Self.article.id).map(\.quote) == ["First sentence here."])
        #expect(saver.save(book.setNote("n", id: book.annotations[0].id)!) == .saved)
        #expect(try reread.annotations(for: Self.article.id).first?.note == "n")
        #expect(saver.save(book.undo()!) == .saved)
        #expect(try reread.annotations(for: Self.article.id).first?.note == nil)
        #expect(saver.save(book.undo()!) == .saved)
        #expect(try reread.annotations(for: Self.article.id).isEmpty)
        let (_, tagChange) = try book.createTag(named: "method")
        #expect(saver.save(tagChange) == .saved)
        #expect(try reread.tags().tag(named: "method")?.key == "6")
    }

    @Test func keepsChangesPendingOnAReadOnlyFolderAndRetries() throws {
        let folder = TemporaryFolder()
        let store = AnnotationStore(directory: folder.path)
        let saver = AnnotationSaver(store: store)
        var book = AnnotationBook(articleID: Self.article.id, annotations: [], tags: try store.tags())
        let claim = book.tags.tag(forKey: "1")!.id
        let evidence = book.tags.tag(forKey: "2")!.id
        try FileManager.default.setAttributes([.posixPermissions: 0o500], ofItemAtPath: folder.path)
        let first = saver.save(try book.toggle(tag: claim, on: .body, range: 0..<20, selector: selector(0..<20)))
        guard case .pending(1, let reason) = first else { Issue.record("expected pending, got \(first)"); return }
        #expect(reason.contains("read-only"))
        #expect(first.message?.contains("will retry") == true)
        #expect(!reason.contains("\n"))
        let second = saver.save(try book.toggle(tag: evidence, on: .body, range: 21..<32, selector: selector(21..<32)))
        #expect(second == .pending(count: 2, reason: reason))
        #expect(saver.retry() == .pending(count: 2, reason: reason))
        // The folder becomes writable again: the next retry saves both, in order.
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: folder.path)
        #expect(saver.retry() == .saved)
        #expect(!saver.hasPending)
        let saved = try AnnotationStore(directory: folder.path).annotations(for: Self.article.id)
        #expect(saved.map(\.quote) == ["First sentence here.", "Second one."])
        #expect(saved.map(\.tagIDs) == [[claim], [evidence]])
    }
}
