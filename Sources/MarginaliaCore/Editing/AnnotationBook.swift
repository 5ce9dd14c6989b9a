#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One open article's annotations and the tag set as the reader shows them, with the session's undo and redo
/// history: a value the UI keeps in its state.
///
/// Every edit is decided and applied here in memory and returns the `StoreChange` it made; the caller saves
/// that change with an `AnnotationSaver` (which keeps it pending if the store cannot be written). Undo and
/// redo return the change to save in the same way, so they work, and are kept, even while the store fails.
/// Changes are the store's own `StoreChange`s, and their inverses are what `UndoHistory` would apply.
public struct AnnotationBook: Hashable, Sendable {
    /// The article.
    public let articleID: ArticleID
    /// Its annotations, in the order they were made.
    public private(set) var annotations: [Annotation]
    /// The tag set.
    public private(set) var tags: TagSet
    /// The annotations indexed per part for highlighting (kept in step with `annotations`).
    public private(set) var highlights: ArticleHighlights
    /// Changes that can be undone, oldest first.
    public private(set) var undoStack: [StoreChange] = []
    /// Changes that were undone and can be redone, most recently undone last.
    public private(set) var redoStack: [StoreChange] = []
    /// How many changes are remembered for undo.
    public let historyLimit: Int

    /// A book of an article's annotations (as read from the store) and the tag set.
    public init(articleID: ArticleID, annotations: [Annotation], tags: TagSet, historyLimit: Int = 500) {
        self.articleID = articleID
        self.annotations = annotations
        self.tags = tags
        self.historyLimit = historyLimit
        highlights = ArticleHighlights(annotations)
    }

    /// The annotation with this id.
    public func annotation(id: UUID) -> Annotation? { annotations.first { $0.id == id } }

    /// The annotation on exactly this passage, if there is one.
    public func annotation(on part: PartID, range: Range<Int>) -> Annotation? {
        highlights.annotations(in: part, overlapping: range)
            .last { $0.start == range.lowerBound && $0.end == range.upperBound }
    }

    // MARK: Edits

    /// Tags a passage, or takes the tag off it when the annotation on exactly this passage has it already.
    /// Taking off the last tag deletes the annotation, unless it has a note (the note is kept).
    ///
    /// `selector` makes the passage's selector when a new annotation is needed.
    @discardableResult
    public mutating func toggle(
        tag id: TagID, on part: PartID, range: Range<Int>, now: Date = Timestamp.now(),
        selector: () throws -> TextSelector
    ) throws -> StoreChange {
        guard tags[id] != nil else { throw TagError.unknownID(id) }
        let change: StoreChange
        if let existing = annotation(on: part, range: range) {
            var after = existing
            after.modified = Timestamp.truncated(now)
            if existing.tagIDs.contains(id) {
                after.tagIDs.removeAll { $0 == id }
                change = after.tagIDs.isEmpty && existing.note == nil
                    ? .removeAnnotation(existing) : .updateAnnotation(before: existing, after: after)
            } else {
                after.tagIDs.append(id)
                change = .updateAnnotation(before: existing, after: after)
            }
        } else {
            let annotation = Annotation(articleID: articleID, part: part, selector: try selector(), tagIDs: [id], created: now)
            change = .addAnnotation(annotation)
        }
        perform(change)
        return change
    }

    /// Adds a note-only annotation on a passage, or sets the note of the annotation on exactly it.
    @discardableResult
    public mutating func setNote(
        _ note: String?, on part: PartID, range: Range<Int>, now: Date = Timestamp.now(),
        selector: () throws -> TextSelector
    ) throws -> StoreChange? {
        if let existing = annotation(on: part, range: range) { return setNote(note, id: existing.id, now: now) }
        guard let note = Self.cleanedNote(note) else { return nil }
        let annotation = Annotation(articleID: articleID, part: part, selector: try selector(), note: note, created: now)
        let change = StoreChange.addAnnotation(annotation)
        perform(change)
        return change
    }

    /// Sets (or, with nil or blank text, clears) an annotation's note. Clearing the note of an annotation
    /// without tags deletes it. Returns nil when nothing changed.
    @discardableResult
    public mutating func setNote(_ note: String?, id: UUID, now: Date = Timestamp.now()) -> StoreChange? {
        guard let existing = annotation(id: id) else { return nil }
        let note = Self.cleanedNote(note)
        guard note != existing.note else { return nil }
        var after = existing
        after.note = note
        after.modified = Timestamp.truncated(now)
        let change: StoreChange = note == nil && existing.tagIDs.isEmpty
            ? .removeAnnotation(existing) : .updateAnnotation(before: existing, after: after)
        perform(change)
        return change
    }

    /// Deletes an annotation. Returns nil if there is no such annotation.
    @discardableResult
    public mutating func delete(id: UUID) -> StoreChange? {
        guard let existing = annotation(id: id) else { return nil }
        let change = StoreChange.removeAnnotation(existing)
        perform(change)
        return change
    }

    /// A note with trailing white space removed, or nil when nothing is left.
    public static func cleanedNote(_ note: String?) -> String? {
        guard var note else { return nil }
        while let last = note.last, last.isWhitespace { note.removeLast() }
        return note.isEmpty ? nil : note
    }

    // MARK: Undo

    /// Whether there is something to undo.
    public var canUndo: Bool { !undoStack.isEmpty }
    /// Whether there is something to redo.
    public var canRedo: Bool { !redoStack.isEmpty }

    /// Undoes the latest change in memory and returns the change to save (its inverse), or nil.
    public mutating func undo() -> StoreChange? {
        guard let change = undoStack.popLast() else { return nil }
        apply(change.inverse)
        redoStack.append(change)
        return change.inverse
    }

    /// Redoes the latest undone change in memory and returns the change to save, or nil.
    public mutating func redo() -> StoreChange? {
        guard let change = redoStack.popLast() else { return nil }
        apply(change)
        undoStack.append(change)
        return change
    }

    /// The change that `undo()` would undo (for the message "undid …").
    public var nextUndo: StoreChange? { undoStack.last }
    /// The change that `redo()` would redo.
    public var nextRedo: StoreChange? { redoStack.last }

    // MARK: Applying

    /// Applies a new change in memory and remembers it for undo (forgetting what could be redone).
    mutating func perform(_ change: StoreChange) {
        apply(change)
        undoStack.append(change)
        if undoStack.count > historyLimit { undoStack.removeFirst(undoStack.count - historyLimit) }
        redoStack.removeAll()
    }

    /// Applies a change in memory the way `AnnotationStore.apply` applies it to the files: by id, so it
    /// composes with what is already there. Annotations of other articles are not held here and are skipped.
    /// Not recorded for undo (use it to mirror a change made elsewhere).
    public mutating func apply(_ change: StoreChange) {
        for single in Self.flatten(change) {
            switch single {
            case .addTag(let tag), .updateTag(_, let tag):
                if tags[tag.id] != nil { try? tags.update(tag) } else { try? tags.add(tag) }
            case .removeTag(let tag):
                tags.remove(id: tag.id)
            case .addAnnotation(let annotation), .updateAnnotation(_, let annotation):
                guard annotation.articleID == articleID else { continue }
                // The highlight index is updated in place, never rebuilt: tagging stays cheap with thousands.
                if let index = annotations.firstIndex(where: { $0.id == annotation.id }) {
                    annotations[index] = annotation
                    highlights.update(annotation)
                } else if case .addAnnotation = single {
                    annotations.append(annotation)
                    highlights.add(annotation)
                }
            case .removeAnnotation(let annotation):
                guard annotation.articleID == articleID,
                      let index = annotations.firstIndex(where: { $0.id == annotation.id }) else { continue }
                highlights.remove(annotations.remove(at: index))
            case .batch:
                break
            }
        }
    }

    /// The single changes of a change, batches flattened, in order.
    public static func flatten(_ change: StoreChange) -> [StoreChange] {
        if case .batch(let changes) = change { return changes.flatMap(flatten) }
        return [change]
    }

    /// Replaces the tag set and annotations with fresh copies from the store (after another process changed
    /// them), keeping the history.
    public mutating func reload(annotations: [Annotation], tags: TagSet) {
        self.annotations = annotations
        self.tags = tags
        highlights = ArticleHighlights(annotations)
    }
}
