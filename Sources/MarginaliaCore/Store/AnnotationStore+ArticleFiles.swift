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

/// One article's annotations as last read: the snapshot and journal they came from.
struct ArticleFilesState {
    var annotations: [Annotation]
    var generation: Int
    var snapshot: FileStamp?
    var journal: FileStamp?
    /// How many journal entries apply to the snapshot (0 if the journal is missing or stale).
    var journalEntries: Int
    /// The journal's length up to its last complete line, and whether it applies (same generation).
    var journalValidLength: Int
    var journalIsCurrent: Bool
    var snapshotCount: Int
    /// How many complete journal lines were read (for line numbers in messages about later lines).
    var journalLines = 0
}

extension AnnotationStore {
    /// The journal file of an article.
    public func journalPath(for article: ArticleID) -> String {
        annotationsDirectory + "/" + Self.fileName(for: article) + ".journal"
    }

    /// Folds an article's journal into a new snapshot (the previous snapshot becomes the `.bak`).
    public func compact(_ article: ArticleID) throws {
        try writing {
            let previous = try articleState(article)
            try save(AnnotationListEditor(previous.annotations), for: article, previous: previous, snapshot: true)
        }
    }

    /// Folds the journal into a new snapshot when it has grown to half the snapshot's size (at least 256
    /// entries); called when an article is opened, so the cost falls there rather than on a single add.
    public func compactIfWorthwhile(_ article: ArticleID) throws {
        let state = try articleState(article)
        guard state.journalEntries >= max(256, state.snapshotCount / 2) else { return }
        try compact(article)
    }

    /// An article's snapshot and journal, read (or taken from the cache when neither changed).
    func articleState(_ article: ArticleID) throws(StoreError) -> ArticleFilesState {
        let snapshotPath = annotationsPath(for: article)
        let journalPath = journalPath(for: article)
        for _ in 0..<8 {
            let snapshotStamp = FileStamp.of(snapshotPath)
            let journalStamp = FileStamp.of(journalPath)
            if let cached = annotationCache[article], cached.snapshot == snapshotStamp {
                if cached.journal == journalStamp { return cached }
                // Another process appended to the journal: read only the new lines.
                if let appended = try readAppended(to: cached, journalStamp, path: journalPath, article: article) {
                    if FileStamp.of(snapshotPath) != cached.snapshot { continue }
                    annotationCache[article] = appended
                    return appended
                }
            }
            var state = ArticleFilesState(
                annotations: [], generation: 0, snapshot: nil, journal: nil, journalEntries: 0,
                journalValidLength: 0, journalIsCurrent: false, snapshotCount: 0)
            if let (bytes, stamp) = try AtomicFile.read(snapshotPath) {
                let file = try AnnotationFile.decode(bytes, path: snapshotPath, article: article)
                state.annotations = file.annotations
                state.generation = file.generation
                state.snapshot = stamp
                state.snapshotCount = file.annotations.count
            }
            if let (bytes, stamp) = try AtomicFile.read(journalPath) {
                let journal = try AnnotationJournal.decode(bytes, path: journalPath, article: article)
                state.journal = stamp
                state.journalValidLength = journal.validLength
                // A journal of another generation belongs to an older snapshot: it was compacted into this one.
                if journal.generation == state.generation, journal.validLength > 0 {
                    state.journalIsCurrent = true
                    state.journalLines = journal.lines
                    state.journalEntries = journal.entries.count
                    state.annotations = AnnotationJournal.replay(journal.entries, on: state.annotations)
                }
            }
            // Without the lock a compaction may have happened between the two reads; read again if so.
            if FileStamp.of(snapshotPath) != state.snapshot { continue }
            annotationCache[article] = state
            return state
        }
        throw .unreadable(path: snapshotPath, reason: "it keeps changing while being read")
    }

    /// The state after the lines appended to the same journal since `cached` was read, or nil if the journal
    /// was replaced (another inode) or shrank, which needs a full read.
    private func readAppended(
        to cached: ArticleFilesState, _ stamp: FileStamp?, path: String, article: ArticleID
    ) throws(StoreError) -> ArticleFilesState? {
        guard cached.journalIsCurrent, let old = cached.journal, let stamp, stamp.device == old.device,
              stamp.inode == old.inode, stamp.size >= Int64(cached.journalValidLength),
              let (bytes, newStamp) = try AtomicFile.read(path, from: cached.journalValidLength),
              newStamp.inode == old.inode
        else { return nil }
        let tail = try AnnotationJournal.decode(bytes, path: path, article: article, firstLine: cached.journalLines + 1)
        var state = cached
        state.annotations = AnnotationJournal.replay(tail.entries, on: cached.annotations)
        state.journal = newStamp
        state.journalEntries += tail.entries.count
        state.journalValidLength += tail.validLength
        state.journalLines += tail.lines
        return state
    }

    /// Saves an article's annotations (the caller holds the lock and read `previous` under it): appends the
    /// difference to the journal, or writes a new snapshot when the journal has grown as large as the snapshot
    /// or the change is large. Updates the article's counts in the library index.
    func save(_ editor: AnnotationListEditor, for article: ArticleID, previous: ArticleFilesState, snapshot: Bool = false) throws {
        let annotations = editor.annotations
        let snapshotPath = annotationsPath(for: article)
        let journalPath = journalPath(for: article)
        try Self.checkWritable(snapshotPath)
        try Self.checkWritable(journalPath)
        var state = previous
        state.annotations = annotations
        let entries = editor.entries
        if entries.isEmpty, !snapshot {
            annotationCache[article] = state
            return
        }
        // A large change writes a snapshot; small ones go to the journal. The journal is folded into a new
        // snapshot when the article is opened (`compactIfWorthwhile`), so that adding stays cheap; only a
        // journal grown to four times the snapshot is folded in here.
        let compact = snapshot || entries.count > max(64, annotations.count / 8)
            || previous.journalEntries + entries.count > max(1024, 4 * previous.snapshotCount)
        if compact {
            state.generation = previous.generation + 1
            let file = AnnotationFile(article: article, generation: state.generation, annotations: annotations)
            state.snapshot = try AtomicFile.write(file.encoded(), to: snapshotPath)
            state.snapshotCount = annotations.count
            // The old journal's generation no longer matches: it is ignored from now on, so removing it needs
            // no fsync.
            unlink(journalPath)
            state.journal = nil
            state.journalEntries = 0
            state.journalValidLength = 0
            state.journalIsCurrent = false
            state.journalLines = 0
        } else {
            let lines = AnnotationJournal.lines(entries)
            if previous.journal != nil, previous.journalIsCurrent {
                state.journal = try AtomicFile.append(lines, to: journalPath, validLength: previous.journalValidLength)
                state.journalValidLength = previous.journalValidLength + lines.count
                state.journalLines = previous.journalLines + entries.count
            } else {
                // A new journal (or one left by an older snapshot) is written whole and renamed into place.
                let bytes = AnnotationJournal.header(article: article, generation: state.generation) + lines
                state.journal = try AtomicFile.write(bytes, to: journalPath, keepBackup: false)
                state.journalValidLength = bytes.count
                state.journalIsCurrent = true
                state.journalLines = 1 + entries.count
            }
            state.journalEntries = previous.journalEntries + entries.count
        }
        annotationCache[article] = state
        updateCounts(article, state)
    }
}
