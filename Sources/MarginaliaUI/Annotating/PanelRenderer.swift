import MarginaliaCore

/// Draws the annotation panels: the tag picker above the status line, the note editor on it, and the
/// annotation lists and the tag manager over the whole text area.
enum PanelRenderer {
    /// Draws the library-wide list or the reader's panel, if one is open; returns whether it drew the
    /// status line itself.
    static func draw(_ state: AppState, into frame: inout Frame) -> Bool {
        if let list = state.allAnnotations {
            drawList(list, tags: state.tags, state: state, into: &frame)
            return true
        }
        guard let reader = state.reader, state.screen == .reader, let panel = reader.annotating.panel else { return false }
        let tags = reader.annotating.book.tags
        switch panel {
        case .tagPicker(let picker):
            drawPicker(picker, tags: tags, state: state, into: &frame)
        case .noteEditor(let editor):
            drawEditLine("Note: ", editor.edit, hint: "  Enter saves · Esc cancels · empty removes", state: state, into: &frame)
        case .list(let list):
            drawList(list, tags: tags, state: state, into: &frame)
        case .tagManager(let manager):
            drawManager(manager, tags: tags, state: state, into: &frame)
        }
        return true
    }

    /// The bottom row as a one-line editor with a cursor.
    static func drawEditLine(_ lead: String, _ edit: LineEdit, hint: String, state: AppState, into frame: inout Frame) {
        let row = state.rows - 1
        for c in 0..<frame.columns { frame.put(" ", width: 1, row: row, column: c, style: .normal) }
        var column = frame.write(lead, row: row, column: 0, style: .prompt)
        let before = String(edit.text.prefix(edit.cursor))
        let after = String(edit.text.dropFirst(edit.cursor))
        column = frame.write(Sanitizer.displayString(before), row: row, column: column, style: .prompt)
        frame.put("▏", width: 1, row: row, column: column, style: .prompt)
        column = frame.write(Sanitizer.displayString(after), row: row, column: column + 1, style: .prompt)
        frame.write(hint, row: row, column: column, style: .meta)
    }

    /// A tag's row: key, colour swatch, name.
    static func tagLabel(_ tag: Tag) -> String {
        "\(tag.key ?? " ") \(Sanitizer.displayString(tag.name))"
    }

    static func drawPicker(_ picker: TagPickerState, tags: TagSet, state: AppState, into frame: inout Frame) {
        let rows = PanelReducer.pickerRows(picker, tags: tags)
        var labels: [(String, TextStyle)] = rows.tags.map { (tagLabel($0), TextStyle.highlight($0.color, overlap: false, cursor: false)) }
        if let create = rows.create { labels.append(("+ create tag '\(Sanitizer.displayString(create))'", .notice)) }
        if labels.isEmpty { labels.append(("(no tag matches; a valid new name creates one)", .meta)) }
        let shown = min(labels.count, max(1, state.rows - 3))
        let first = max(0, min(picker.selected - shown + 1, labels.count - shown))
        let width = min(frame.columns, max(30, labels.prefix(first + shown).map { DisplayWidth.of($0.0) + 4 }.max() ?? 30))
        let top = state.rows - 1 - shown
        for (i, index) in (first..<(first + shown)).enumerated() {
            let row = top + i
            let isSelected = index == picker.selected
            for c in 0..<width { frame.put(" ", width: 1, row: row, column: c, style: isSelected ? .selectedRow : .statusBar) }
            frame.write(isSelected ? "›" : " ", row: row, column: 0, style: isSelected ? .selectedRow : .statusBar)
            frame.write(labels[index].0, row: row, column: 2, style: isSelected ? .selectedRow : labels[index].1, limit: width)
        }
        drawEditLine("Tag: ", picker.query, hint: "  ↑↓ choose · Enter applies · Esc cancels", state: state, into: &frame)
    }

    /// One list row: tags, quote, note.
    static func rowText(_ row: AnnotationListRow, tags: TagSet, libraryWide: Bool) -> String {
        let annotation = row.annotation
        let names = annotation.tagIDs.compactMap { tags[$0]?.name }
        var text = names.isEmpty ? "(no tag)" : names.joined(separator: ", ")
        if libraryWide { text = (row.title.count > 24 ? row.title.prefix(23) + "…" : row.title) + " · " + text }
        if annotation.isOrphaned { text = "[orphaned] " + text }
        text += " · “" + annotation.quote + "”"
        if let note = annotation.note { text += " ✎ " + note }
        return Sanitizer.displayString(text.replacingNewlines)
    }

    static func drawList(_ list: AnnotationListState, tags: TagSet, state: AppState, into frame: inout Frame) {
        let bodyRows = state.rows - 1
        for row in 0..<bodyRows {
            for c in 0..<frame.columns { frame.put(" ", width: 1, row: row, column: c, style: .normal) }
        }
        let rows = list.visibleRows(tags: tags)
        var header = list.isLibraryWide ? "All annotations" : "Annotations in this article"
        header += " (\(rows.count) of \(list.rows.count))"
        if let tag = list.filter.tag, let name = tags[tag]?.name { header += " · tag: \(name)" }
        if !list.filter.text.isEmpty { header += " · text: \(list.filter.text)" }
        frame.write(Sanitizer.displayString(header), row: 0, column: 0, style: .title)
        let visible = max(1, bodyRows - 1)
        let top = max(0, min(list.selected - visible + 1, max(0, rows.count - visible)))
        if rows.isEmpty { frame.write(list.rows.isEmpty ? "No annotations yet." : "Nothing matches the filter.", row: 1, column: 0, style: .meta) }
        for (i, index) in (top..<min(rows.count, top + visible)).enumerated() {
            let style: TextStyle = index == list.selected ? .selectedRow : (rows[index].annotation.isOrphaned ? .meta : .normal)
            if index == list.selected { frame.fill(row: 1 + i, style: .selectedRow) }
            frame.write(rowText(rows[index], tags: tags, libraryWide: list.isLibraryWide), row: 1 + i, column: 1, style: style)
        }
        let row = state.rows - 1
        if let prompt = state.prompt {
            StatusLine.drawPrompt(prompt, state: state, into: &frame)
        } else if let edit = list.filterEdit {
            drawEditLine("Filter: ", edit, hint: "  Enter keeps · Esc clears", state: state, into: &frame)
        } else if list.confirmingDelete != nil {
            StatusLine.drawBar(row: row, left: "", right: "", message: StatusMessage("Delete this annotation? (y/n)", isError: true), into: &frame)
        } else {
            let keys = list.isLibraryWide ? " Enter open · t tag filter · / text filter · x export · Esc close"
                : " Enter jump · d delete · a note · t tag · / text · x export · Esc close"
            StatusLine.drawBar(row: row, left: keys, right: "", message: state.message, into: &frame)
        }
    }

    static func drawManager(_ manager: TagManagerState, tags: TagSet, state: AppState, into frame: inout Frame) {
        let bodyRows = state.rows - 1
        for row in 0..<bodyRows {
            for c in 0..<frame.columns { frame.put(" ", width: 1, row: row, column: c, style: .normal) }
        }
        frame.write("Tags (\(tags.count)) · key · colour · annotations", row: 0, column: 0, style: .title)
        let visible = max(1, bodyRows - 1)
        let top = max(0, min(manager.selected - visible + 1, max(0, tags.count - visible)))
        for (i, index) in (top..<min(tags.count, top + visible)).enumerated() {
            let tag = tags.tags[index]
            let row = 1 + i
            let selected = index == manager.selected
            if selected { frame.fill(row: row, style: .selectedRow) }
            var column = frame.write(selected ? "›" : " ", row: row, column: 0, style: selected ? .selectedRow : .normal)
            column = frame.write(" \(tag.key ?? "-")  ", row: row, column: column, style: selected ? .selectedRow : .helpKey)
            column = frame.write(Sanitizer.displayString(tag.name), row: row, column: column,
                                 style: selected ? .selectedRow : .highlight(tag.color, overlap: false, cursor: false))
            frame.write("  \(tag.color.rawValue) · \(manager.counts[tag.id] ?? 0)", row: row, column: column,
                        style: selected ? .selectedRow : .meta)
        }
        let row = state.rows - 1
        switch manager.prompt {
        case .create: drawEditLine("New tag: ", manager.edit, hint: "  Enter creates · Esc cancels", state: state, into: &frame)
        case .rename: drawEditLine("Rename to: ", manager.edit, hint: "  Enter renames · Esc cancels", state: state, into: &frame)
        case .merge: drawEditLine("Merge into tag: ", manager.edit, hint: "  Enter merges · Esc cancels", state: state, into: &frame)
        case .key:
            StatusLine.drawBar(row: row, left: "", right: "", message: StatusMessage("Press the tag's new key (Space unbinds, Esc cancels)"), into: &frame)
        case .confirmDelete(let id, let count):
            let name = tags[id]?.name ?? "tag"
            StatusLine.drawBar(row: row, left: "", right: "",
                               message: StatusMessage("Delete tag '\(name)' from \(count) annotation\(count == 1 ? "" : "s")? (y/n)", isError: true), into: &frame)
        case nil:
            StatusLine.drawBar(row: row, left: " n new · r rename · c colour · b key · m merge · d delete · Esc close", right: "",
                               message: state.message, into: &frame)
        }
    }
}

extension String {
    /// The text on one line: line breaks shown as spaces.
    var replacingNewlines: String {
        String(map { $0.isNewline ? " " : $0 })
    }
}
