#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import MarginaliaCore

/// Keys while an annotation panel is open: the tag picker, the note editor, the annotation lists and the tag
/// manager. Each panel takes every key until it closes (Esc closes any of them).
enum PanelReducer {
    /// Handles a key if a panel is open; nil when none is.
    static func handle(_ key: Key, in state: inout AppState) -> [Effect]? {
        if state.allAnnotations != nil { return handleList(key, libraryWide: true, in: &state) }
        guard let panel = state.reader?.annotating.panel else { return nil }
        switch panel {
        case .tagPicker(let picker): return handlePicker(key, picker, in: &state)
        case .noteEditor(let editor): return handleNote(key, editor, in: &state)
        case .list: return handleList(key, libraryWide: false, in: &state)
        case .tagManager(let manager): return TagManagerReducer.handle(key, manager, in: &state)
        }
    }

    static func setPanel(_ panel: AnnotationPanel?, in state: inout AppState) {
        state.reader?.annotating.panel = panel
    }

    // MARK: Tag picker

    /// The picker's rows: the matching tags, then "create" when Enter would create a tag.
    static func pickerRows(_ picker: TagPickerState, tags: TagSet) -> (tags: [Tag], create: String?) {
        let matches = TagFilter.matching(picker.query.text, in: tags)
        let create = TagFilter.wouldCreate(picker.query.text, in: tags) ? picker.query.text : nil
        return (matches, create)
    }

    static func handlePicker(_ key: Key, _ picker: TagPickerState, in state: inout AppState) -> [Effect] {
        var picker = picker
        guard let tags = state.reader?.annotating.book.tags else { return [] }
        let rows = pickerRows(picker, tags: tags)
        let count = rows.tags.count + (rows.create == nil ? 0 : 1)
        switch key {
        case .escape:
            setPanel(nil, in: &state)
            return []
        case .down, .ctrl("n"), .tab:
            picker.selected = count == 0 ? 0 : (picker.selected + 1) % count
        case .up, .ctrl("p"), .backTab:
            picker.selected = count == 0 ? 0 : (picker.selected + count - 1) % count
        case .enter:
            setPanel(nil, in: &state)
            if picker.selected < rows.tags.count {
                return AnnotatingReducer.toggle(rows.tags[picker.selected].id, in: &state, target: picker.target)
            }
            guard let name = rows.create else {
                state.message = StatusMessage("No tag matches '\(picker.query.text)'", isError: true)
                return []
            }
            guard var reader = state.reader else { return [] }
            do {
                let (tag, change) = try reader.annotating.book.createTag(named: name)
                state.reader = reader
                state.tags = reader.annotating.book.tags
                return [.saveChange(change)] + AnnotatingReducer.toggle(tag.id, in: &state, target: picker.target)
            } catch {
                state.message = StatusMessage("\(error)", isError: true)
                return []
            }
        default:
            guard picker.query.handle(key) else { return [] }
            picker.selected = 0
        }
        setPanel(.tagPicker(picker), in: &state)
        return []
    }

    // MARK: Note editor

    static func handleNote(_ key: Key, _ editor: NoteEditorState, in state: inout AppState) -> [Effect] {
        var editor = editor
        switch key {
        case .escape:
            setPanel(nil, in: &state)
            state.message = StatusMessage("Note not changed")
            return []
        case .enter:
            setPanel(nil, in: &state)
            return AnnotatingReducer.saveNote(editor.edit.text, target: editor.target, annotationID: editor.annotationID, in: &state)
        default:
            _ = editor.edit.handle(key)
            setPanel(.noteEditor(editor), in: &state)
            return []
        }
    }

    // MARK: Annotation lists

    static func list(_ state: AppState, libraryWide: Bool) -> AnnotationListState? {
        if libraryWide { return state.allAnnotations }
        if case .list(let list) = state.reader?.annotating.panel { return list }
        return nil
    }

    static func store(_ list: AnnotationListState?, libraryWide: Bool, in state: inout AppState) {
        if libraryWide { state.allAnnotations = list } else { setPanel(list.map { AnnotationPanel.list($0) }, in: &state) }
    }

    static func handleList(_ key: Key, libraryWide: Bool, in state: inout AppState) -> [Effect] {
        guard var list = list(state, libraryWide: libraryWide) else { return [] }
        let tags = libraryWide ? state.tags : (state.reader?.annotating.book.tags ?? state.tags)
        let rows = list.visibleRows(tags: tags)
        // Typing a text filter.
        if var edit = list.filterEdit {
            switch key {
            case .escape, .enter:
                list.filterEdit = nil
                if key == .escape { list.filter.text = "" }
            default:
                _ = edit.handle(key)
                list.filterEdit = edit
                list.filter.text = edit.text
                list.selected = 0
                list.top = 0
            }
            store(list, libraryWide: libraryWide, in: &state)
            return []
        }
        // Answering the delete question.
        if let id = list.confirmingDelete {
            list.confirmingDelete = nil
            store(list, libraryWide: libraryWide, in: &state)
            guard key == .char("y") || key == .char("Y"), var reader = state.reader, let change = reader.annotating.book.delete(id: id) else {
                state.message = StatusMessage("Not deleted")
                return []
            }
            list.rows.removeAll { $0.annotation.id == id }
            list.selected = min(list.selected, max(0, list.visibleRows(tags: tags).count - 1))
            reader.annotating.panel = .list(list)
            state.reader = reader
            state.message = StatusMessage("Annotation deleted (u undoes)")
            return [.saveChange(change)]
        }
        let selected = rows.indices.contains(list.selected) ? rows[list.selected] : nil
        switch key {
        case .escape, .char("q"):
            store(nil, libraryWide: libraryWide, in: &state)
            return []
        case .char("j"), .down:
            list.selected = min(max(0, rows.count - 1), list.selected + 1)
        case .char("k"), .up:
            list.selected = max(0, list.selected - 1)
        case .pageDown, .char(" "):
            list.selected = min(max(0, rows.count - 1), list.selected + max(1, state.rows - 4))
        case .pageUp:
            list.selected = max(0, list.selected - max(1, state.rows - 4))
        case .char("g"), .home:
            list.selected = 0
        case .char("G"), .end:
            list.selected = max(0, rows.count - 1)
        case .char("/"):
            list.filterEdit = LineEdit(list.filter.text)
        case .char("x"):
            return ExportReducer.startList(rows, libraryWide: libraryWide, in: &state)
        case .char("t"), .tab:
            // Cycle the tag filter through every tag, then none.
            let all = tags.tags.map(\.id)
            if let current = list.filter.tag, let index = all.firstIndex(of: current) {
                list.filter.tag = index + 1 < all.count ? all[index + 1] : nil
            } else {
                list.filter.tag = all.first
            }
            list.selected = 0
            list.top = 0
        case .char("d") where !libraryWide:
            guard let selected else { return [] }
            list.confirmingDelete = selected.annotation.id
        case .char("a") where !libraryWide:
            guard let selected else { return [] }
            let annotation = selected.annotation
            setPanel(.noteEditor(NoteEditorState(edit: LineEdit(annotation.note ?? ""),
                                                 target: PassageCursor(part: annotation.part, range: annotation.range),
                                                 annotationID: annotation.id)), in: &state)
            return []
        case .enter:
            guard let selected else { return [] }
            return open(selected, libraryWide: libraryWide, in: &state)
        default:
            return []
        }
        store(list, libraryWide: libraryWide, in: &state)
        return []
    }

    /// Enter in a list: jumps to the annotation (opening its article from the library-wide list).
    static func open(_ row: AnnotationListRow, libraryWide: Bool, in state: inout AppState) -> [Effect] {
        let annotation = row.annotation
        if annotation.isOrphaned {
            state.message = StatusMessage("This annotation is orphaned: its passage is no longer in the article", isError: true)
            return []
        }
        let cursor = PassageCursor(part: annotation.part, range: annotation.range)
        if let reader = state.reader, reader.article.id == annotation.articleID {
            store(nil, libraryWide: libraryWide, in: &state)
            state.reader?.annotating.panel = nil
            state.reader?.annotating.selection = nil
            state.reader?.annotating.cursor = cursor
            state.screen = .reader
            CursorPlacement.revealCursor(in: &state)
            return []
        }
        guard let item = state.library.items.first(where: { $0.id == annotation.articleID.rawValue }) else {
            state.message = StatusMessage("The article of this annotation is not in the library", isError: true)
            return []
        }
        store(nil, libraryWide: libraryWide, in: &state)
        var effects = Reducer.saveEffects(&state)
        state.pendingJump = cursor
        effects.append(.openArticle(item))
        return effects
    }
}
