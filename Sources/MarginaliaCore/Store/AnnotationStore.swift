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

/// The JSON store of annotations, tags and the library index in one data folder (see Docs/storage.md).
///
/// Files: `tags.json`, `library.json`, `annotations/<article id>.json`, each with a schema version and a
/// `.bak` of its previous version. Every change takes an exclusive lock on `.lock`, re-reads the file it
/// changes, applies the change and saves atomically, so concurrent processes never lose each other's work.
/// Reads are cached per file and revalidated by the file's stamp, so an unchanged file is not parsed twice.
///
/// Not thread-safe: use one instance from one thread (the UI's main actor), or one per process.
public final class AnnotationStore {
    /// The data folder.
    public let directory: String
    let lock: StoreLock
    var annotationCache: [ArticleID: ArticleFilesState] = [:]
    var tagsCache: (stamp: FileStamp, tags: TagSet)?
    var libraryCache: (stamp: FileStamp, index: LibraryIndex)?
    var cleanedTemporaryFiles = false
    var countsCache: AnnotationCounts?
    var countsStamp: FileStamp?

    /// Opens the store in this folder; nothing is created until the first change.
    public init(directory: String) {
        var path = directory
        while path.count > 1, path.hasSuffix("/") { path.removeLast() }
        self.directory = path
        lock = StoreLock(path: path + "/.lock")
    }

    /// Opens the store in the folder chosen by `--data-dir` and the environment (see `DataDirectory`).
    public convenience init(dataDir: String?, environment: [String: String] = ProcessInfo.processInfo.environment) throws(StoreError) {
        self.init(directory: try DataDirectory.resolve(dataDir: dataDir, environment: environment))
    }

    // MARK: Paths

    /// `tags.json`.
    public var tagsPath: String { directory + "/tags.json" }
    /// `library.json`.
    public var libraryPath: String { directory + "/library.json" }
    /// `counts.json` (a cache of per-article counts).
    public var countsPath: String { directory + "/counts.json" }
    /// The folder of the per-article annotation files.
    public var annotationsDirectory: String { directory + "/annotations" }

    /// The annotation file of an article.
    public func annotationsPath(for article: ArticleID) -> String {
        annotationsDirectory + "/" + Self.fileName(for: article) + ".json"
    }

    /// A file name for an article id: the id itself when it is plain, else percent-encoded.
    static func fileName(for article: ArticleID) -> String {
        let raw = article.rawValue
        let plain = !raw.isEmpty && !raw.hasPrefix(".") && raw.utf8.allSatisfy { byte in
            (byte >= 48 && byte <= 57) || (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122)
                || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
        }
        if plain { return raw }
        let hex = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        for byte in raw.utf8 {
            let safe = (byte >= 48 && byte <= 57) || (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122)
            if safe { bytes.append(byte) } else { bytes += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]] }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    // MARK: Reading

    /// The annotations of one article, in the order they were added.
    public func annotations(for article: ArticleID) throws(StoreError) -> [Annotation] {
        try articleState(article).annotations
    }

    /// The ids of every article that has an annotation file, sorted.
    public func annotatedArticles() throws(StoreError) -> [ArticleID] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: annotationsDirectory)
        } catch {
            if !AtomicFile.exists(annotationsDirectory) { return [] }
            throw .unreadable(path: annotationsDirectory, reason: "cannot list the folder")
        }
        var ids = Set<ArticleID>()
        for name in names where !name.hasPrefix(".") {
            if name.hasSuffix(".json") {
                ids.insert(ArticleID(Self.percentDecoded(String(name.dropLast(5)))))
            } else if name.hasSuffix(".journal") {
                ids.insert(ArticleID(Self.percentDecoded(String(name.dropLast(8)))))
            }
        }
        return ids.sorted()
    }

    /// Every annotation in the store, grouped by article (articles sorted by id).
    public func allAnnotations() throws(StoreError) -> [(article: ArticleID, annotations: [Annotation])] {
        var result: [(article: ArticleID, annotations: [Annotation])] = []
        for article in try annotatedArticles() {
            result.append((article, try annotations(for: article)))
        }
        return result
    }

    /// The annotation whose id is, or starts with, this text (at least 4 characters when a prefix).
    public func annotation(idOrPrefix text: String) throws -> Annotation {
        let wanted = text.lowercased()
        if let uuid = UUID(uuidString: text) {
            for (_, annotations) in try allAnnotations() {
                if let found = annotations.first(where: { $0.id == uuid }) { return found }
            }
            throw AnnotationError.notFound(text)
        }
        guard wanted.count >= 4 else { throw AnnotationError.notFound(text) }
        var matches: [Annotation] = []
        for (_, annotations) in try allAnnotations() {
            matches += annotations.filter { $0.id.uuidString.lowercased().hasPrefix(wanted) }
        }
        if matches.count > 1 { throw AnnotationError.ambiguousID(text, matches: matches.map(\.id)) }
        guard let found = matches.first else { throw AnnotationError.notFound(text) }
        return found
    }

    /// The tag set (the defaults if the store has no tags file yet).
    public func tags() throws(StoreError) -> TagSet {
        if let cached = tagsCache, FileStamp.of(tagsPath) == cached.stamp { return cached.tags }
        guard let (bytes, stamp) = try AtomicFile.read(tagsPath) else {
            tagsCache = nil
            return .defaults
        }
        let file = try StoreFileCoding.decode(TagsFile.self, from: bytes, path: tagsPath, supported: TagsFile.schema)
        tagsCache = (stamp, file.tags)
        return file.tags
    }

    /// The articles opened before as the library file records them (title, source file, last opened,
    /// reading position), without the annotated-articles scan and the counts that `libraryIndex()` adds:
    /// what opening an article needs.
    public func openedArticles() throws(StoreError) -> LibraryIndex { try storedLibraryIndex() }

    /// The library index: articles opened before (title, source file, last opened, reading position) and
    /// articles that have annotations, each with its annotation and orphan counts. The counts come from a
    /// cache checked against the annotation files' stamps (one `stat` per file), so this stays fast.
    public func libraryIndex() throws(StoreError) -> LibraryIndex {
        var index = try storedLibraryIndex()
        var known = Set(index.entries.map(\.id))
        for article in try annotatedArticles() where known.insert(article).inserted {
            index.entries.append(LibraryEntry(id: article))
        }
        for position in index.entries.indices {
            let (total, orphans) = try counts(for: index.entries[position].id)
            index.entries[position].annotationCount = total
            index.entries[position].orphanCount = orphans
        }
        return index
    }

    /// An article's annotation and orphan counts, from the cache when it matches the files.
    public func counts(for article: ArticleID) throws(StoreError) -> (annotations: Int, orphans: Int) {
        let files = AnnotationCounts.files(
            snapshot: FileStamp.of(annotationsPath(for: article)), journal: FileStamp.of(journalPath(for: article)))
        if let entry = loadCounts().entries[article], entry.files == files { return (entry.annotations, entry.orphans) }
        if files == "-|-" { return (0, 0) }
        let state = try articleState(article)
        let result = (state.annotations.count, Self.orphanCount(state.annotations))
        countsCache?.entries[article] = AnnotationCounts.Entry(
            annotations: result.0, orphans: result.1,
            files: AnnotationCounts.files(snapshot: state.snapshot, journal: state.journal))
        return result
    }

    /// `library.json` as stored (counts not filled in).
    func storedLibraryIndex() throws(StoreError) -> LibraryIndex {
        if let cached = libraryCache, FileStamp.of(libraryPath) == cached.stamp { return cached.index }
        guard let (bytes, stamp) = try AtomicFile.read(libraryPath) else {
            libraryCache = nil
            return LibraryIndex()
        }
        let file = try LibraryFile.decode(bytes, path: libraryPath)
        libraryCache = (stamp, file.index)
        return file.index
    }

    static func percentDecoded(_ name: String) -> String {
        guard name.contains("%") else { return name }
        var bytes: [UInt8] = []
        var utf8 = Array(name.utf8)[...]
        func hexValue(_ c: UInt8) -> UInt8? {
            switch c {
            case 48...57: c - 48
            case 65...70: c - 55
            case 97...102: c - 87
            default: nil
            }
        }
        while let c = utf8.popFirst() {
            if c == UInt8(ascii: "%"), utf8.count >= 2, let hi = hexValue(utf8[utf8.startIndex]),
               let lo = hexValue(utf8[utf8.startIndex + 1]) {
                bytes.append(hi << 4 | lo)
                utf8.removeFirst(2)
            } else {
                bytes.append(c)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
