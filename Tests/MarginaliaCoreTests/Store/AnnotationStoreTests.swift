import Foundation
import Testing
@testable import MarginaliaCore

@Suite struct AnnotationStoreTests {
    let folder = TemporaryFolder()
    let article = SeedArticles.article(SeedArticles.korea)

    func makeAnnotation(_ quote: String, tags: [TagID] = [TagID("default-claim")]) -> Annotation {
        var annotation = SeedArticles.annotation(on: quote, in: article)
        annotation.tagIDs = tags
        return annotation
    }

    @Test func annotationsSurviveANewStoreInstance() throws {
        let store = AnnotationStore(directory: folder.path)
        let first = makeAnnotation("North Korea has effectively crossed the Rubicon")
        let second = makeAnnotation("they’re fair game", tags: [])
        try store.add(first)
        try store.add(second)
        let reopened = AnnotationStore(directory: folder.path)
        #expect(try reopened.annotations(for: article.id) == [first, second])
        #expect(try reopened.libraryIndex()[article.id]?.annotationCount == 2)
        #expect(try reopened.annotatedArticles() == [article.id])
        #expect(try reopened.annotation(idOrPrefix: String(second.id.uuidString.prefix(8))) == second)
        #expect(throws: AnnotationError.duplicateID(first.id)) { try store.add(first) }
    }

    @Test func filesAreOwnerOnlyAndSnapshotsKeepABackup() throws {
        let store = AnnotationStore(directory: folder.path + "/data")
        try store.add(makeAnnotation("North Korea has effectively crossed the Rubicon"))
        let snapshot = "data/annotations/\(article.id).json"
        let journal = "data/annotations/\(article.id).journal"
        // A single change goes to the journal.
        #expect(folder.bytes(snapshot) == nil)
        #expect(folder.mode(journal) == 0o600)
        try store.compact(article.id)
        #expect(folder.bytes(journal) == nil)
        let firstSnapshot = folder.bytes(snapshot)
        try store.add(makeAnnotation("they’re fair game"))
        try store.compact(article.id)
        #expect(folder.mode("data") == 0o700)
        #expect(folder.mode("data/annotations") == 0o700)
        #expect(folder.mode(snapshot) == 0o600)
        #expect(folder.mode(snapshot + ".bak") == 0o600)
        #expect(folder.mode("data/counts.json") == 0o600)
        try store.setReadingPosition(ReadingPosition(), for: article.id)
        #expect(folder.mode("data/library.json") == 0o600)
        #expect(folder.bytes(snapshot + ".bak") == firstSnapshot)
        #expect(try AnnotationStore(directory: folder.path + "/data").annotations(for: article.id).count == 2)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path + "/data/annotations")
            .filter { $0.contains("tmp") }
        #expect(leftovers.isEmpty)
    }

    @Test func largeChangesWriteASnapshotSmallOnesTheJournal() throws {
        let store = AnnotationStore(directory: folder.path)
        let many = (0..<100).map { i in
            Annotation(articleID: article.id, selector: TextSelector(start: i, end: i + 1, quote: "x", prefix: "", suffix: ""))
        }
        try store.apply(.batch(many.map(StoreChange.addAnnotation)))
        #expect(folder.bytes("annotations/\(article.id).json") != nil)
        #expect(folder.bytes("annotations/\(article.id).journal") == nil)
        var changed = many[5]
        changed.note = "edited"
        try store.update(changed)
        try store.remove(id: many[7].id, from: article.id)
        let journal = String(decoding: folder.bytes("annotations/\(article.id).journal")!, as: UTF8.self)
        #expect(journal.split(separator: "\n").count == 3)  // header, put, remove
        let reopened = try AnnotationStore(directory: folder.path).annotations(for: article.id)
        #expect(reopened.count == 99)
        #expect(reopened[5].note == "edited")
        #expect(!reopened.contains { $0.id == many[7].id })
    }

    @Test func updateAndRemove() throws {
        let store = AnnotationStore(directory: folder.path)
        var annotation = makeAnnotation("North Korea has effectively crossed the Rubicon")
        try store.add(annotation)
        annotation.note = "A strong claim."
        try store.update(annotation)
        #expect(try store.annotations(for: article.id).first?.note == "A strong claim.")
        try store.remove(id: annotation.id, from: article.id)
        #expect(try store.annotations(for: article.id).isEmpty)
        #expect(throws: AnnotationError.self) { try store.remove(id: annotation.id, from: article.id) }
        #expect(try store.libraryIndex()[article.id]?.annotationCount == 0)
    }

    @Test func tagsRenameMergeRemoveCountTouchedAnnotations() throws {
        let store = AnnotationStore(directory: folder.path)
        #expect(try store.tags() == .defaults)
        try store.addTag(Tag(name: "actors/russia", color: .blue, key: "r"))
        let russia = try store.tag(named: "actors/russia").id
        let claim = TagID("default-claim")
        try store.add(makeAnnotation("North Korea has effectively crossed the Rubicon", tags: [claim, russia]))
        try store.add(makeAnnotation("they’re fair game", tags: [russia]))
        try store.add(makeAnnotation("Headline from CNN", tags: [TagID("default-quote")]))
        try store.renameTag("actors/russia", to: "actors/Russia")
        #expect(throws: TagError.self) { try store.renameTag("claim", to: "EVIDENCE") }
        #expect(try store.tagCounts()[russia] == 2)
        let merge = try store.mergeTags("actors/russia", into: "claim")
        #expect(merge.touched == 2)
        #expect(try store.tags().tag(named: "actors/Russia") == nil)
        #expect(try store.annotations(for: article.id).map(\.tagIDs) == [[claim], [claim], [TagID("default-quote")]])
        let removal = try store.removeTag("claim")
        #expect(removal.touched == 2)
        #expect(try store.tagCounts() == [TagID("default-quote"): 1])
        try store.setTagKey("quote", to: "q")
        try store.setTagColor("quote", to: .blue)
        let quote = try store.tag(named: "QUOTE")
        #expect(quote.key == "q" && quote.color == .blue)
        #expect(throws: TagError.unknownName("nope")) { try store.removeTag("nope") }
    }

    @Test func undoAndRedoGoThroughTheStore() throws {
        let store = AnnotationStore(directory: folder.path)
        var history = UndoHistory()
        let annotation = makeAnnotation("North Korea has effectively crossed the Rubicon")
        history.record(try store.add(annotation))
        history.record(try store.removeTag("claim").change)
        #expect(try store.annotations(for: article.id).first?.tagIDs == [])
        try history.undo(in: store)
        #expect(try store.tags().tag(named: "claim") != nil)
        #expect(try store.annotations(for: article.id).first?.tagIDs == [TagID("default-claim")])
        try history.undo(in: store)
        #expect(try store.annotations(for: article.id).isEmpty)
        #expect(!history.canUndo && history.canRedo)
        try history.redo(in: store)
        try history.redo(in: store)
        #expect(try store.annotations(for: article.id).map(\.id) == [annotation.id])
        #expect(try store.tags().tag(named: "claim") == nil)
        // A new change forgets the redo stack.
        try history.undo(in: store)
        history.record(try store.addTag(Tag(name: "new", color: .red)))
        #expect(!history.canRedo)
    }

    @Test func anUnchangedReadingPositionWritesNothingAndTakesNoLock() throws {
        let store = AnnotationStore(directory: folder.path)
        try store.open(article, path: "/somewhere/article.txt")
        let position = ReadingPosition(part: .body, block: 3, offset: 5)
        try store.setReadingPosition(position, for: article.id)
        let lock = folder.path + "/.lock"
        try FileManager.default.removeItem(atPath: lock)
        let before = folder.bytes("library.json")
        let again = AnnotationStore(directory: folder.path)
        try again.setReadingPosition(position, for: article.id)
        #expect(!FileManager.default.fileExists(atPath: lock))
        #expect(before != nil && folder.bytes("library.json") == before)
        // A changed position is written as before.
        let moved = ReadingPosition(part: .body, block: 4, offset: 0)
        try again.setReadingPosition(moved, for: article.id)
        #expect(FileManager.default.fileExists(atPath: lock))
        #expect(try AnnotationStore(directory: folder.path).libraryIndex()[article.id]?.position == moved)
        // What opening needs: the recorded entries, as the full index has them.
        let recorded = try AnnotationStore(directory: folder.path).openedArticles()[article.id]
        #expect(recorded?.position == moved && recorded?.sourcePath == "/somewhere/article.txt")
        #expect(recorded?.lastOpened == (try again.libraryIndex()[article.id]?.lastOpened))
    }

    @Test func libraryIndexRemembersOpenedArticlesAndPositions() throws {
        let store = AnnotationStore(directory: folder.path)
        try store.open(article, path: "/somewhere/article.txt")
        try store.setReadingPosition(ReadingPosition(part: .comment("c1"), block: 2, offset: 17), for: article.id)
        let entry = try #require(AnnotationStore(directory: folder.path).libraryIndex()[article.id])
        #expect(entry.title == "Test" && entry.sourcePath == "/somewhere/article.txt")
        #expect(entry.lastOpened != nil)
        #expect(entry.position == ReadingPosition(part: .comment("c1"), block: 2, offset: 17))
        // A relative source path is remembered as an absolute one.
        try store.recordOpened(article: article, path: "./seeds/x.txt")
        let cwd = FileManager.default.currentDirectoryPath
        #expect(try store.libraryIndex()[article.id]?.sourcePath == cwd + "/seeds/x.txt")
    }

    @Test func openingAnEditedArticleReanchorsAndSaves() throws {
        let store = AnnotationStore(directory: folder.path)
        let annotation = makeAnnotation("North Korea has effectively crossed the Rubicon")
        try store.add(annotation)
        var paragraphs = SeedArticles.korea
        paragraphs.insert("A new first paragraph.", at: 0)
        let edited = SeedArticles.article(paragraphs)
        let report = try store.open(edited)
        #expect(report.changed == [annotation.id])
        let saved = try AnnotationStore(directory: folder.path).annotations(for: article.id)
        #expect(saved[0].start == annotation.start + "A new first paragraph.\n\n".unicodeScalars.count)
        #expect(try store.open(edited).changed.isEmpty)
    }

    @Test func countsComeFromACacheThatIsCheckedAgainstTheFiles() throws {
        let store = AnnotationStore(directory: folder.path)
        try store.add(makeAnnotation("North Korea has effectively crossed the Rubicon"))
        var orphan = makeAnnotation("they’re fair game")
        orphan.status = .orphaned
        try store.add(orphan)
        #expect(try store.counts(for: article.id) == (2, 1))
        // Another process adds one: the cached count no longer matches the journal's stamp.
        let other = AnnotationStore(directory: folder.path)
        try other.add(makeAnnotation("Headline from CNN"))
        #expect(try store.libraryIndex()[article.id]?.annotationCount == 3)
        // A damaged or missing cache is rebuilt, never an error.
        folder.write("{ not json", to: "counts.json")
        let fresh = AnnotationStore(directory: folder.path)
        #expect(try fresh.libraryIndex()[article.id].map { ($0.annotationCount, $0.orphanCount) } ?? (0, 0) == (3, 1))
        try FileManager.default.removeItem(atPath: folder.path + "/counts.json")
        #expect(try AnnotationStore(directory: folder.path).counts(for: article.id) == (3, 1))
        #expect(try fresh.counts(for: ArticleID("ffffffffffffffff")) == (0, 0))
    }

    @Test func dataDirectoryResolutionOrder() throws {
        let env = ["HOME": "/home/u", "XDG_DATA_HOME": "/xdg", "MARGINALIA_HOME": "/m"]
        #expect(try DataDirectory.resolve(dataDir: "/d", environment: env) == "/d")
        #expect(try DataDirectory.resolve(dataDir: "~/d", environment: env) == "/home/u/d")
        #expect(try DataDirectory.resolve(dataDir: nil, environment: env) == "/m")
        #expect(try DataDirectory.resolve(dataDir: nil, environment: ["HOME": "/home/u", "XDG_DATA_HOME": "/xdg"]) == "/xdg/marginalia")
        #expect(try DataDirectory.resolve(dataDir: nil, environment: ["HOME": "/home/u"]) == "/home/u/.local/share/marginalia")
        #expect(throws: StoreError.noDataDirectory) { try DataDirectory.resolve(dataDir: nil, environment: [:]) }
    }

    @Test func oddArticleIDsMakeSafeFileNames() throws {
        let store = AnnotationStore(directory: folder.path)
        let odd = ArticleID("../weird id/é")
        let annotation = Annotation(articleID: odd, selector: TextSelector(start: 0, end: 1, quote: "x", prefix: "", suffix: ""))
        try store.add(annotation)
        #expect(store.annotationsPath(for: odd).hasPrefix(folder.path + "/annotations/"))
        #expect(!store.annotationsPath(for: odd).dropFirst(folder.path.count + 13).contains("/"))
        #expect(try AnnotationStore(directory: folder.path).annotatedArticles() == [odd])
    }
}
