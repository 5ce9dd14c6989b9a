import Foundation
import Testing
@testable import MarginaliaCore

/// A damaged or newer file is never treated as empty and never overwritten; the error names it and the backup.
@Suite struct StoreErrorTests {
    let folder = TemporaryFolder()
    let article = ArticleID("00000000000000aa")

    func annotation() -> Annotation {
        Annotation(articleID: article, selector: TextSelector(start: 0, end: 5, quote: "Hello", prefix: "", suffix: " world"))
    }

    /// Puts `content` in the article's annotation file, then checks reading and writing both fail with an error
    /// matching `check`, and the file is byte-for-byte unchanged.
    func expectRefused(_ content: String, _ check: (StoreError) -> Bool) throws {
        let name = "annotations/\(article).json"
        if folder.bytes(name) == nil { try AnnotationStore(directory: folder.path).add(annotation()) }
        folder.write(content, to: name)
        let before = folder.bytes(name)
        let fresh = AnnotationStore(directory: folder.path)
        let readError = #expect(throws: StoreError.self) { try fresh.annotations(for: article) }
        #expect(readError.map(check) == true, "\(String(describing: readError))")
        #expect(readError?.description.contains(folder.path + "/" + name) == true)
        #expect(throws: StoreError.self) { try fresh.add(annotation()) }
        #expect(throws: StoreError.self) { try fresh.removeTag("claim") }
        #expect(folder.bytes(name) == before)
    }

    @Test func corruptJSON() throws {
        try expectRefused("{\"schema\":1,\"article\":\"x\",,,") {
            if case .corrupt = $0 { return true } else { return false }
        }
    }

    @Test func truncatedFile() throws {
        let store = AnnotationStore(directory: folder.path)
        try store.add(annotation())
        try store.compact(article)
        let full = String(decoding: folder.bytes("annotations/\(article).json")!, as: UTF8.self)
        try expectRefused(String(full.prefix(full.count / 2))) {
            if case .corrupt = $0 { return true } else { return false }
        }
        try expectRefused("") {
            if case .corrupt(_, let detail, _) = $0 { return detail.contains("empty") } else { return false }
        }
    }

    @Test func wrongShape() throws {
        try expectRefused("[1, 2, 3]") { if case .wrongShape = $0 { true } else { false } }
        try expectRefused("{\"schema\":1,\"article\":\"00000000000000aa\",\"annotations\":[{\"id\":3}]}") {
            if case .wrongShape = $0 { true } else { false }
        }
        try expectRefused("{\"article\":\"00000000000000aa\",\"annotations\":[]}") {
            if case .wrongShape(_, let detail, _) = $0 { detail.contains("schema") } else { false }
        }
    }

    @Test func newerSchema() throws {
        try expectRefused("{\"schema\":99,\"article\":\"00000000000000aa\",\"annotations\":[],\"future\":true}") {
            if case .newerSchema(_, 99, 1) = $0 { true } else { false }
        }
    }

    @Test func errorMessageExplainsRecoveryFromTheBackup() throws {
        let store = AnnotationStore(directory: folder.path)
        try store.add(annotation())
        try store.compact(article)
        try store.add(Annotation(articleID: article, selector: TextSelector(start: 6, end: 11, quote: "world", prefix: "", suffix: "")))
        try store.compact(article)
        folder.write("garbage", to: "annotations/\(article).json")
        let error = #expect(throws: StoreError.self) { try AnnotationStore(directory: folder.path).annotations(for: article) }
        let message = error?.description ?? ""
        #expect(message.contains("not valid JSON"))
        #expect(message.contains("cp '\(folder.path)/annotations/\(article).json.bak'"))
        // Following the advice recovers the previous version.
        try FileManager.default.removeItem(atPath: folder.path + "/annotations/\(article).json")
        try FileManager.default.copyItem(atPath: folder.path + "/annotations/\(article).json.bak", toPath: folder.path + "/annotations/\(article).json")
        #expect(try AnnotationStore(directory: folder.path).annotations(for: article).count == 1)
    }

    @Test func corruptTagsAndLibraryFilesAreRefusedToo() throws {
        let store = AnnotationStore(directory: folder.path)
        try store.add(annotation())
        folder.write("{\"schema\":1,\"tags\":[{\"id\":\"a\",\"name\":\"x\",\"color\":\"red\"},{\"id\":\"b\",\"name\":\"X\",\"color\":\"red\"}]}", to: "tags.json")
        let tagsBefore = folder.bytes("tags.json")
        #expect(throws: StoreError.self) { try AnnotationStore(directory: folder.path).tags() }
        #expect(throws: StoreError.self) { try AnnotationStore(directory: folder.path).addTag(Tag(name: "y", color: .red)) }
        #expect(folder.bytes("tags.json") == tagsBefore)
        folder.write("{\"schema\":2}", to: "library.json")
        let libraryBefore = folder.bytes("library.json")
        #expect(throws: StoreError.newerSchema(path: folder.path + "/library.json", found: 2, supported: 1)) {
            try AnnotationStore(directory: folder.path).setReadingPosition(ReadingPosition(), for: article)
        }
        #expect(throws: StoreError.self) { try AnnotationStore(directory: folder.path).libraryIndex() }
        #expect(folder.bytes("library.json") == libraryBefore)
    }

    @Test func readOnlyDataFolder() throws {
        let store = AnnotationStore(directory: folder.path)
        try store.add(annotation())
        let name = "annotations/\(article).json"
        let before = folder.bytes(name)
        let libraryBefore = folder.bytes("library.json")
        try FileManager.default.setAttributes([.posixPermissions: 0o500], ofItemAtPath: folder.path)
        let error = #expect(throws: StoreError.self) {
            try AnnotationStore(directory: folder.path).add(Annotation(articleID: article, selector: TextSelector(start: 0, end: 1, quote: "H", prefix: "", suffix: "")))
        }
        if case .notWritable(let path, let reason) = error {
            #expect(path == folder.path)
            #expect(reason.contains("read-only"))
        } else {
            Issue.record("expected notWritable, got \(String(describing: error))")
        }
        #expect(folder.bytes(name) == before)
        #expect(folder.bytes("library.json") == libraryBefore)
        // Reading still works.
        #expect(try AnnotationStore(directory: folder.path).annotations(for: article).count == 1)
    }
}
