import Foundation
import Testing
@testable import MarginaliaCore

@Suite struct AnnotationJournalTests {
    let folder = TemporaryFolder()
    let article = ArticleID("00000000000000aa")

    func annotation(_ i: Int) -> Annotation {
        let digits = String(i)
        let id = UUID(uuidString: "00000000-0000-0000-0000-" + String(repeating: "0", count: 12 - digits.count) + digits)!
        return Annotation(id: id, articleID: article, selector: TextSelector(start: i, end: i + 4, quote: "q\(i)\"\\\n\u{1}é", prefix: "p", suffix: "s"),
                   tagIDs: [TagID("default-claim")], note: i.isMultiple(of: 2) ? "note \(i)" : nil)
    }

    var journalName: String { "annotations/\(article).journal" }

    @Test func tornLastLineIsIgnoredAndCutOffBeforeTheNextAppend() throws {
        let store = AnnotationStore(directory: folder.path)
        try store.add(annotation(1))
        try store.add(annotation(2))
        // A crash in the middle of the third append leaves half a line.
        let handle = FileHandle(forWritingAtPath: folder.path + "/" + journalName)!
        handle.seekToEndOfFile()
        handle.write(Data("{\"put\":{\"id\":\"3".utf8))
        handle.closeFile()
        let reopened = AnnotationStore(directory: folder.path)
        #expect(try reopened.annotations(for: article).count == 2)
        let third = annotation(3)
        try reopened.add(third)
        let text = String(decoding: folder.bytes(journalName)!, as: UTF8.self)
        #expect(!text.contains("\"id\":\"3{"))
        #expect(text.split(separator: "\n").count == 4)
        #expect(try AnnotationStore(directory: folder.path).annotations(for: article).last == third)
    }

    @Test func aDamagedCompleteLineIsAnErrorNamingTheLine() throws {
        let store = AnnotationStore(directory: folder.path)
        try store.add(annotation(1))
        try store.add(annotation(2))
        var text = String(decoding: folder.bytes(journalName)!, as: UTF8.self)
        text = text.replacingOccurrences(of: "\"start\":2", with: "\"start\":2x")
        folder.write(text, to: journalName)
        let before = folder.bytes(journalName)
        let error = #expect(throws: StoreError.self) { try AnnotationStore(directory: folder.path).annotations(for: article) }
        #expect(error?.description.contains("line 3") == true, "\(String(describing: error))")
        #expect(throws: StoreError.self) { try AnnotationStore(directory: folder.path).add(annotation(4)) }
        #expect(folder.bytes(journalName) == before)
    }

    @Test func linesAppendedByAnotherProcessAreReadIncrementally() throws {
        let mine = AnnotationStore(directory: folder.path)
        let theirs = AnnotationStore(directory: folder.path)
        try mine.add(annotation(1))
        try theirs.add(annotation(2))
        try theirs.add(annotation(3))
        #expect(try mine.annotations(for: article).map(\.id) == [1, 2, 3].map { annotation($0).id })
        try mine.add(annotation(4))
        #expect(try theirs.annotations(for: article).count == 4)
        // A damaged line appended later is reported with its line number in the whole journal.
        let handle = FileHandle(forWritingAtPath: folder.path + "/" + journalName)!
        handle.seekToEndOfFile()
        handle.write(Data("{\"put\":{\"id\":7}}\n".utf8))
        handle.closeFile()
        let error = #expect(throws: StoreError.self) { try mine.annotations(for: article) }
        #expect(error?.description.contains("line 6") == true, "\(String(describing: error))")
    }

    @Test func aJournalOfAnOlderSnapshotIsIgnored() throws {
        let store = AnnotationStore(directory: folder.path)
        try store.add(annotation(1))
        let oldJournal = folder.bytes(journalName)!
        try store.remove(id: annotation(1).id, from: article)
        try store.compact(article)
        // A crash between writing the snapshot and removing the journal leaves the old journal behind.
        #expect(FileManager.default.createFile(atPath: folder.path + "/" + journalName, contents: oldJournal))
        let reopened = AnnotationStore(directory: folder.path)
        #expect(try reopened.annotations(for: article).isEmpty)
        try reopened.add(annotation(2))
        #expect(try AnnotationStore(directory: folder.path).annotations(for: article).map(\.id) == [annotation(2).id])
    }

    @Test func editorEntriesReplayToTheEditedList() {
        let a = (0..<6).map(annotation)
        var editor = AnnotationListEditor(a)
        var changed = a[2]
        changed.note = "changed"
        editor.replace(at: 2, with: changed)
        editor.replace(at: 3, with: a[3])  // no change, no entry
        editor.remove(at: 4)
        editor.append(annotation(9))
        editor.put(annotation(1))
        editor.remove(id: annotation(0).id)
        #expect(editor.entries.count == 4)
        #expect(AnnotationJournal.replay(editor.entries, on: a) == editor.annotations)
        #expect(editor.annotations.map(\.id) == [1, 2, 3, 5, 9].map { annotation($0).id })
    }

    @Test func writerAndReaderAgreeOnEveryField() throws {
        var original = annotation(7)
        original.status = .fuzzy
        original.originalQuote = "before \u{1F600}"
        original.part = .comment("c-9")
        let file = AnnotationFile(article: article, generation: 3, annotations: [original, annotation(8)])
        let decoded = try AnnotationFile.decode(file.encoded(), path: "x", article: article)
        #expect(decoded.annotations == [original, annotation(8)])
        #expect(decoded.generation == 3)
        // JSONDecoder reads what the fast writer wrote, too.
        var writer = JSONWriter()
        writer.annotation(original)
        #expect(try JSONDecoder().decode(Annotation.self, from: Data(writer.bytes)) == original)
    }
}
