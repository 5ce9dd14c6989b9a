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
        return try lock.withLock(body)
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

    /// Saves one article's annotations and updates its counts in the library index.
    func save(_ annotations: [Annotation], for article: ArticleID) throws {
        let path = annotationsPath(for: article)
        try Self.checkWritable(path)
        let bytes = AnnotationFile(article: article, annotations: annotations).encoded()
        let stamp = try AtomicFile.write(bytes, to: path)
        annotationCache[article] = (stamp, annotations)
        try updateCounts(article, annotations)
    }

    func updateCounts(_ article: ArticleID, _ annotations: [Annotation]) throws {
        let total = annotations.count
        let orphans = annotations.count { $0.status == .orphaned }
        var index = try libraryIndex()
        if let entry = index[article], entry.annotationCount == total, entry.orphanCount == orphans { return }
        index.modify(article) {
            $0.annotationCount = total
            $0.orphanCount = orphans
        }
        try save(index)
    }

    func save(_ index: LibraryIndex) throws {
        try Self.checkWritable(libraryPath)
        let data = try StoreFileCoding.encoder().encode(LibraryFile(index: index))
        let stamp = try AtomicFile.write(Array(data) + [0x0A], to: libraryPath)
        libraryCache = (stamp, index)
    }

    func save(_ tags: TagSet) throws {
        try Self.checkWritable(tagsPath)
        let data = try StoreFileCoding.encoder().encode(TagsFile(tags: tags))
        let stamp = try AtomicFile.write(Array(data) + [0x0A], to: tagsPath)
        tagsCache = (stamp, tags)
    }

    /// Re-reads an article's annotations under the lock, lets `body` change them, and saves if they changed.
    func modifyAnnotations<T>(of article: ArticleID, _ body: (inout [Annotation]) throws -> T) throws -> T {
        try writing {
            var annotations = try self.annotations(for: article)
            let before = annotations
            let result = try body(&annotations)
            if annotations != before { try save(annotations, for: article) }
            return result
        }
    }

    // MARK: Annotations

    /// Adds an annotation and saves; returns the change for the undo history.
    @discardableResult
    public func add(_ annotation: Annotation) throws -> StoreChange {
        try modifyAnnotations(of: annotation.articleID) { annotations in
            if annotations.contains(where: { $0.id == annotation.id }) { throw AnnotationError.duplicateID(annotation.id) }
            annotations.append(annotation)
        }
        return .addAnnotation(annotation)
    }

    /// Replaces the annotation with the same id (its `modified` time is set to now) and saves.
    @discardableResult
    public func update(_ annotation: Annotation) throws -> StoreChange {
        var after = annotation
        after.modified = Timestamp.now()
        let before = try modifyAnnotations(of: annotation.articleID) { annotations -> Annotation in
            guard let index = annotations.firstIndex(where: { $0.id == annotation.id }) else {
                throw AnnotationError.notFound(annotation.id.uuidString.lowercased())
            }
            let before = annotations[index]
            annotations[index] = after
            return before
        }
        return .updateAnnotation(before: before, after: after)
    }

    /// Removes an annotation and saves; returns the change (holding the removed annotation) for undo.
    @discardableResult
    public func remove(id: UUID, from article: ArticleID) throws -> StoreChange {
        let removed = try modifyAnnotations(of: article) { annotations -> Annotation in
            guard let index = annotations.firstIndex(where: { $0.id == id }) else {
                throw AnnotationError.notFound(id.uuidString.lowercased())
            }
            return annotations.remove(at: index)
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
        return try modifyAnnotations(of: article.id) { annotations in
            let fresh = Reanchoring.reanchor(annotations, in: article)
            annotations = fresh.annotations
            return fresh
        }
    }

    // MARK: Library index

    /// Remembers that an article was opened (title, source file, time) and re-anchors its annotations.
    @discardableResult
    public func open(_ article: Article, path: String? = nil) throws -> ReanchorReport {
        try recordOpened(article: article, path: path)
        return try reanchor(article: article)
    }

    /// Remembers that an article was opened: its title, source file and the time.
    public func recordOpened(article: Article, path: String? = nil) throws {
        try writing {
            var index = try libraryIndex()
            index.modify(article.id) {
                $0.title = article.title
                if let source = path ?? article.sourcePath { $0.sourcePath = source }
                $0.lastOpened = Timestamp.now()
            }
            try save(index)
        }
    }

    /// Remembers where the reader is in an article.
    public func setReadingPosition(_ position: ReadingPosition, for article: ArticleID) throws {
        try writing {
            var index = try libraryIndex()
            if index[article]?.position == position { return }
            index.modify(article) { $0.position = position }
            try save(index)
        }
    }
}
