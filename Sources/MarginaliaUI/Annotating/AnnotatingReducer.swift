#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import MarginaliaCore

/// The passage cursor, visual selection, tagging, notes, jumps and undo in the article and comments views.
enum AnnotatingReducer {
    /// Runs a passage or annotation command; nil if `command` is not one.
    static func run(_ command: Command, in state: inout AppState) -> [Effect]? {
        guard var reader = state.reader else { return nil }
        var annotating = reader.annotating
        let passages = annotating.passages
        switch command {
        case .nextSentence, .previousSentence, .nextParagraph, .previousParagraph, .extendWord, .shrinkWord:
            if let selection = annotating.selection {
                let unit: PassageUnit = switch command {
                case .nextSentence, .previousSentence: .sentence
                case .nextParagraph, .previousParagraph: .paragraph
                default: .word
                }
                let forward = command == .nextSentence || command == .nextParagraph || command == .extendWord
                annotating.selection = passages.move(selection, by: unit, forward: forward)
            } else {
                guard command != .extendWord, command != .shrinkWord else { return [] }
                guard let cursor = annotating.cursor ?? passages.firstSentence() else {
                    state.message = StatusMessage("Nothing to select in this article")
                    return []
                }
                let moved: PassageCursor? = switch command {
                case .nextSentence: passages.nextSentence(after: cursor)
                case .previousSentence: passages.previousSentence(before: cursor)
                case .nextParagraph: passages.nextParagraph(after: cursor)
                default: passages.previousParagraph(before: cursor)
                }
                guard let moved else {
                    state.message = StatusMessage(command == .nextSentence || command == .nextParagraph
                        ? "This is the last passage" : "This is the first passage")
                    return []
                }
                annotating.cursor = moved
            }
        case .visual:
            if annotating.selection != nil {
                annotating.selection = nil
            } else if let cursor = annotating.cursor {
                annotating.selection = PassageSelection(cursor: cursor)
            }
        case .swapEnds:
            annotating.selection = annotating.selection?.swapped
        case .clear where annotating.selection != nil:
            annotating.selection = nil
        case .tagPicker:
            guard let target = annotating.target else { return [] }
            annotating.panel = .tagPicker(TagPickerState(target: target))
        case .inlineNote:
            guard let target = annotating.target else { return [] }
            let existing = noteTarget(annotating, target)
            annotating.panel = .noteEditor(
                NoteEditorState(edit: LineEdit(existing?.note ?? ""), target: existing.map { PassageCursor(part: $0.part, range: $0.range) } ?? target,
                                annotationID: existing?.id))
        case .editNote:
            guard let target = annotating.target else { return [] }
            let existing = noteTarget(annotating, target)
            reader.annotating = annotating
            state.reader = reader
            return [.editNoteExternally(target: existing.map { PassageCursor(part: $0.part, range: $0.range) } ?? target,
                                        annotationID: existing?.id, note: existing?.note ?? "")]
        case .nextAnnotation, .previousAnnotation:
            reader.annotating = annotating
            state.reader = reader
            jump(forward: command == .nextAnnotation, in: &state)
            return []
        case .annotationList:
            annotating.panel = .list(AnnotationListState(isLibraryWide: false, rows: articleRows(annotating, title: reader.article.title)))
        case .allAnnotations:
            return [.loadLibraryAnnotations(forTagManager: false)]
        case .tagManager:
            reader.annotating = annotating
            state.reader = reader
            return [.loadLibraryAnnotations(forTagManager: true)]
        case .undo, .redo:
            let before = command == .undo ? annotating.book.nextUndo : annotating.book.nextRedo
            guard let change = command == .undo ? annotating.book.undo() : annotating.book.redo(), let before else {
                state.message = StatusMessage(command == .undo ? "Nothing to undo" : "Nothing to redo")
                return []
            }
            reader.annotating = annotating
            state.reader = reader
            state.message = StatusMessage((command == .undo ? "Undid: " : "Redid: ") + before.summary)
            state.tags = annotating.book.tags
            return [.saveChange(change)]
        default:
            return nil
        }
        reader.annotating = annotating
        state.reader = reader
        CursorPlacement.revealCursor(in: &state)
        return []
    }

    /// The annotation a note key edits: the one on exactly the passage, else the innermost one under it.
    static func noteTarget(_ annotating: AnnotatingState, _ target: PassageCursor) -> Annotation? {
        let book = annotating.book
        if let exact = book.annotation(on: target.part, range: target.range) { return exact }
        guard annotating.selection == nil else { return nil }
        return book.highlights.annotations(in: target.part, overlapping: target.range)
            .min { ($0.end - $0.start) < ($1.end - $1.start) }
    }

    /// A key bound to a tag: toggles the tag on the selection or the cursor's sentence. Nil if no tag has it.
    static func tagKey(_ key: Key, in state: inout AppState) -> [Effect]? {
        guard case .char(let character) = key, state.screen == .reader,
              let tag = state.reader?.annotating.book.tags.tag(forKey: String(character)) else { return nil }
        return toggle(tag.id, in: &state)
    }

    /// Toggles a tag on the target passage and saves the change.
    ///
    /// The book is changed in place (`state.reader!…`), never through a copy of the reader: a copy would make
    /// the first change duplicate the article's annotation arrays, which costs milliseconds at 10,000.
    static func toggle(_ tag: TagID, in state: inout AppState, target explicit: PassageCursor? = nil) -> [Effect] {
        guard state.reader != nil, let target = explicit ?? state.reader!.annotating.target else { return [] }
        guard state.reader!.annotating.isLoaded else {
            let reason = state.reader!.annotating.loadError.map { "Cannot tag: \($0)" }
            state.message = StatusMessage(reason ?? "Annotations are still loading; try again", isError: true)
            return []
        }
        guard let text = state.reader!.annotating.passages.text(of: target.part) else { return [] }
        let change: StoreChange
        do {
            change = try state.reader!.annotating.book.toggle(tag: tag, on: target.part, range: target.range) {
                try text.selector(for: target.range)
            }
        } catch {
            state.message = StatusMessage("Cannot tag this passage: \(error)", isError: true)
            return []
        }
        let name = state.reader!.annotating.book.tags[tag]?.name ?? "tag"
        let removed: Bool = switch change {
        case .removeAnnotation: true
        case .updateAnnotation(let before, let after): before.tagIDs.contains(tag) && !after.tagIDs.contains(tag)
        default: false
        }
        state.message = StatusMessage(removed ? "Removed \(name)" : "Tagged \(name)")
        state.reader!.annotating.selection = nil
        state.reader!.annotating.cursor = target
        return [.saveChange(change)]
    }

    /// ] / [: the cursor to the next / previous annotation in reading order (wrapping around).
    static func jump(forward: Bool, in state: inout AppState) {
        guard var reader = state.reader else { return }
        let passages = reader.annotating.passages
        let ordered = orderedAnnotations(reader.annotating)
        guard !ordered.isEmpty else {
            state.message = StatusMessage("No annotations in this article")
            return
        }
        let here = reader.annotating.cursor.map { (passages.index(of: $0.part) ?? 0, $0.range.lowerBound, $0.range.upperBound) } ?? (0, -1, -1)
        func key(_ a: Annotation) -> (Int, Int, Int) { (passages.index(of: a.part) ?? 0, a.start, a.end) }
        var target = forward ? ordered.first { key($0) > here } : ordered.last { key($0) < here }
        if target == nil {
            target = forward ? ordered.first : ordered.last
            state.message = StatusMessage(forward ? "Wrapped to the first annotation" : "Wrapped to the last annotation")
        }
        guard let target else { return }
        reader.annotating.selection = nil
        reader.annotating.cursor = PassageCursor(part: target.part, range: target.range)
        state.reader = reader
        CursorPlacement.revealCursor(in: &state)
    }

    /// The article's anchored annotations in reading order.
    static func orderedAnnotations(_ annotating: AnnotatingState) -> [Annotation] {
        let passages = annotating.passages
        return annotating.book.annotations
            .filter { !$0.isOrphaned && passages.index(of: $0.part) != nil }
            .sorted { (passages.index(of: $0.part)!, $0.start, $0.end) < (passages.index(of: $1.part)!, $1.start, $1.end) }
    }

    /// The article list's rows: anchored annotations in reading order, then orphans.
    static func articleRows(_ annotating: AnnotatingState, title: String) -> [AnnotationListRow] {
        let anchored = orderedAnnotations(annotating)
        let ids = Set(anchored.map(\.id))
        let rest = annotating.book.annotations.filter { !ids.contains($0.id) }
        return (anchored + rest).map { AnnotationListRow(annotation: $0, title: title) }
    }

    // MARK: Results of effects

    /// Handles the actions that effects send back; nil for other actions.
    static func reduce(_ action: Action, in state: inout AppState) -> [Effect]? {
        switch action {
        case .annotationsLoaded(let articleID, let annotations, let tags):
            state.tags = tags
            guard var reader = state.reader, reader.article.id == articleID else { return [] }
            reader.annotating.book.reload(annotations: annotations, tags: tags)
            reader.annotating.isLoaded = true
            reader.annotationCount = annotations.count
            state.reader = reader
            return []
        case .annotationsFailed(let message):
            state.message = StatusMessage(message, isError: true)
            state.reader?.annotating.loadError = message
            return []
        case .saved(let outcome):
            if let message = outcome.message {
                state.message = StatusMessage(message, isError: true)
            } else if state.message?.isError == true, state.message?.text.hasPrefix("not saved") == true {
                state.message = StatusMessage("All changes saved")
            }
            if state.reader != nil { state.reader!.annotationCount = state.reader!.annotating.book.annotations.count }
            return []
        case .noteEdited(let target, let id, let note, let error):
            if let error {
                state.message = StatusMessage(error, isError: true)
                return []
            }
            return saveNote(note, target: target, annotationID: id, in: &state)
        case .libraryAnnotationsLoaded(let rows, let tags, let forTagManager):
            state.tags = tags
            if forTagManager {
                guard var reader = state.reader else { return [] }
                var manager = TagManagerState()
                for row in rows where row.annotation.articleID != reader.article.id {
                    for id in Set(row.annotation.tagIDs) { manager.counts[id, default: 0] += 1 }
                }
                for annotation in reader.annotating.book.annotations {
                    for id in Set(annotation.tagIDs) { manager.counts[id, default: 0] += 1 }
                }
                manager.others = rows.map(\.annotation).filter { $0.articleID != reader.article.id }
                reader.annotating.panel = .tagManager(manager)
                state.reader = reader
            } else {
                var merged = rows
                // The open article's annotations as shown (they may include changes still pending).
                if let reader = state.reader {
                    merged.removeAll { $0.annotation.articleID == reader.article.id }
                    merged += reader.annotating.book.annotations.map { AnnotationListRow(annotation: $0, title: reader.article.title) }
                }
                merged.sort { ($0.title, $0.annotation.articleID.rawValue, $0.annotation.start) < ($1.title, $1.annotation.articleID.rawValue, $1.annotation.start) }
                state.allAnnotations = AnnotationListState(isLibraryWide: true, rows: merged)
            }
            return []
        default:
            return nil
        }
    }

    /// Saves a note typed inline or in the editor.
    static func saveNote(_ note: String?, target: PassageCursor, annotationID: UUID?, in state: inout AppState) -> [Effect] {
        guard var reader = state.reader else { return [] }
        let passages = reader.annotating.passages
        let change: StoreChange?
        do {
            if let annotationID {
                change = reader.annotating.book.setNote(note, id: annotationID)
            } else {
                change = try reader.annotating.book.setNote(note, on: target.part, range: target.range) {
                    guard let text = passages.text(of: target.part) else { throw AnchoringError.emptyRange(target.range.lowerBound) }
                    return try text.selector(for: target.range)
                }
            }
        } catch {
            state.message = StatusMessage("Cannot annotate this passage: \(error)", isError: true)
            return []
        }
        guard let change else {
            state.message = StatusMessage("Note unchanged")
            return []
        }
        reader.annotating.selection = nil
        reader.annotating.cursor = target
        state.reader = reader
        state.message = StatusMessage(AnnotationBook.cleanedNote(note) == nil ? "Note removed" : "Note saved")
        return [.saveChange(change)]
    }
}
