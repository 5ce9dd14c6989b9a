#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension AnnotationStore {
    /// Runs a change holding the store lock, after making sure the folders exist and are writable.
    func writing<T>(_ body: () throws -> T) throws -> T {
        try AtomicFile.makeFolder(directory)
        try AtomicFile.makeFolder(annotationsDirectory)
        try Self.checkWritable(directory)
        try Self.checkWritable(annotationsDirectory)
        return try lock.withLock {
            if !cleanedTemporaryFiles {
                cleanedTemporaryFiles = true
                removeStaleTemporaryFiles()
            }
            return try body()
        }
    }

    /// Removes temporary files left by processes killed in the middle of a save (`<name>.tmp-<pid>`,
    /// `<name>.bak-tmp-<pid>`) whose process is gone. They never hold the only copy of anything: the save they
    /// belonged to had not returned.
    func removeStaleTemporaryFiles() {
        for folder in [directory, annotationsDirectory] {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { continue }
            for name in names {
                guard let marker = name.firstRange(of: ".tmp-") ?? name.firstRange(of: ".bak-tmp-"),
                      let pid = Int32(name[marker.upperBound...]), pid != getpid() else { continue }
                if kill(pid, 0) != 0, errno == ESRCH { unlink(folder + "/" + name) }
            }
        }
    }

    /// Refuses to write into a folder or file its owner marked read-only, even when running as root (who could
    /// otherwise write anyway): a read-only data folder is a request to leave it alone.
    static func checkWritable(_ path: String) throws(StoreError) {
        var info = stat()
        guard stat(path, &info) == 0 else { return }
        if info.st_mode & S_IWUSR == 0 {
            let isFolder = (info.st_mode & S_IFMT) == S_IFDIR
            throw .notWritable(path: path, reason: "the \(isFolder ? "folder" : "file") is read-only (mode \(String(info.st_mode & 0o777, radix: 8)))")
        }
    }

    /// Records an article's counts in the counts cache (`counts.json`, written without fsync: it is rebuilt
    /// from the annotation files whenever it does not match them).
    func updateCounts(_ article: ArticleID, _ state: ArticleFilesState) {
        let entry = AnnotationCounts.Entry(
            annotations: state.annotations.count, orphans: Self.orphanCount(state.annotations),
            files: AnnotationCounts.files(snapshot: state.snapshot, journal: state.journal))
        // Another process may have written the cache since we read it: start from its version (we hold the lock).
        if FileStamp.of(countsPath) != countsStamp { countsCache = nil }
        var counts = loadCounts()
        counts.entries[article] = entry
        countsCache = counts
        AtomicFile.writeCache(counts.encoded(), to: countsPath)
        countsStamp = FileStamp.of(countsPath)
    }

    static func orphanCount(_ annotations: [Annotation]) -> Int {
        // Read in place: a closure over the elements copies each annotation (and retains its strings).
        annotations.withUnsafeBufferPointer { buffer in
            var count = 0
            for index in buffer.indices where buffer[index].status == .orphaned { count += 1 }
            return count
        }
    }

    /// The counts cache, as last read or written.
    func loadCounts() -> AnnotationCounts {
        if let countsCache { return countsCache }
        let file = (try? AtomicFile.read(countsPath)).flatMap { $0 }
        let counts = file.map { AnnotationCounts.decode($0.bytes) } ?? AnnotationCounts()
        countsCache = counts
        countsStamp = file?.stamp
        return counts
    }

    func save(_ index: LibraryIndex) throws {
        try Self.checkWritable(libraryPath)
        let stamp = try AtomicFile.write(LibraryFile(index: index).encoded(), to: libraryPath)
        libraryCache = (stamp, index)
    }

    func save(_ tags: TagSet) throws {
        try Self.checkWritable(tagsPath)
        let data = try StoreFileCoding.encoder().encode(TagsFile(tags: tags))
        let stamp = try AtomicFile.write(Array(data) + [0x0A], to: tagsPath)
        tagsCache = (stamp, tags)
    }

    /// Re-reads an article's annotations under the lock, lets `body` change them, and saves if they changed.
    func modifyAnnotations<T>(of article: ArticleID, _ body: (inout AnnotationListEditor) throws -> T) throws -> T {
        try writing {
            var previous = try articleState(article)
            // Take the list out of the cache and the state, so that changing it does not copy it.
            annotationCache[article] = nil
            var editor = AnnotationListEditor(previous.annotations)
            previous.annotations = []
            let result = try body(&editor)
            try save(editor, for: article, previous: previous)
            return result
        }
    }

    // MARK: Annotations

    /// Adds an annotation and saves; returns the change for the undo history.
    @discardableResult
    public func add(_ annotation: Annotation) throws -> StoreChange {
        try modifyAnnotations(of: annotation.articleID) { editor in
            if editor.firstIndex(of: annotation.id) != nil { throw AnnotationError.duplicateID(annotation.id) }
            editor.append(annotation)
        }
        return .addAnnotation(annotation)
    }

    /// Replaces the annotation with the same id (its `modified` time is set to now) and saves.
    @discardableResult
    public func update(_ annotation: Annotation) throws -> StoreChange {
        var after = annotation
        after.modified = Timestamp.now()
        let before = try modifyAnnotations(of: annotation.articleID) { editor -> Annotation in
            guard let index = editor.firstIndex(of: annotation.id) else {
                throw AnnotationError.notFound(annotation.id.uuidString.lowercased())
            }
            let before = editor.annotations[index]
            editor.replace(at: index, with: after)
            return before
        }
        return .updateAnnotation(before: before, after: after)
    }

    /// Removes an annotation and saves; returns the change (holding the removed annotation) for undo.
    @discardableResult
    public func remove(id: UUID, from article: ArticleID) throws -> StoreChange {
        let removed = try modifyAnnotations(of: article) { editor -> Annotation in
            guard let index = editor.firstIndex(of: id) else {
                throw AnnotationError.notFound(id.uuidString.lowercased())
            }
            return editor.remove(at: index)
        }
        return .removeAnnotation(removed)
    }

    /// Re-anchors an article's annotations on its current text and saves any change (see Docs/anchoring.md).
    @discardableResult
    public func reanchor(article: Article) throws -> ReanchorReport {
        let current = try annotations(for: article.id)
        let report = Reanchoring.reanchor(current, in: article)
        if report.changed.isEmpty { return report }
        // Something moved: redo it under the lock on the freshest copy, so concurrent changes are kept.
        return try modifyAnnotations(of: article.id) { editor in
            let fresh = Reanchoring.reanchor(editor.annotations, in: article)
            for (index, annotation) in fresh.annotations.enumerated() where fresh.changed.contains(annotation.id) {
                editor.replace(at: index, with: annotation)
            }
            return fresh
        }
    }

    // MARK: Library index

    /// Remembers that an article was opened (title, source file, time), re-anchors its annotations (saving any
    /// change), and folds a long journal into a new snapshot. Call it whenever an article is opened.
    @discardableResult
    public func open(_ article: Article, path: String? = nil) throws -> ReanchorReport {
        try recordOpened(article: article, path: path)
        let report = try reanchor(article: article)
        try compactIfWorthwhile(article.id)
        return report
    }

    /// Remembers that an article was opened: its title, source file and the time.
    public func recordOpened(article: Article, path: String? = nil) throws {
        try writing {
            var index = try storedLibraryIndex()
            index.modify(article.id) {
                $0.title = article.title
                if let source = path ?? article.sourcePath { $0.sourcePath = Self.absolute(source) }
                $0.lastOpened = Timestamp.now()
            }
            try save(index)
        }
    }

    /// A path made absolute against the current folder, so that the library index finds the file from
    /// wherever `margin` runs later.
    static func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        guard getcwd(&buffer, buffer.count) != nil else { return path }
        let folder = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var relative = Substring(path)
        while relative.hasPrefix("./") { relative = relative.dropFirst(2) }
        return folder == "/" ? "/" + relative : folder + "/" + relative
    }

    /// Remembers where the reader is in an article.
    public func setReadingPosition(_ position: ReadingPosition, for article: ArticleID) throws {
        // Quitting where the article was opened (the usual case) changes nothing: answer from the index
        // (cached, checked against the file's stamp) without the lock, the folder checks and the scan for
        // stale temporary files, which are start-up-to-exit time. A writer racing this check is harmless:
        // the result is as if this call had come first. A file that cannot be read takes the locked path,
        // which reports it.
        if (try? storedLibraryIndex())?[article]?.position == position { return }
        try writing {
            var index = try storedLibraryIndex()
            if index[article]?.position == position { return }
            index.modify(article) { $0.position = position }
            try save(index)
        }
    }
}
