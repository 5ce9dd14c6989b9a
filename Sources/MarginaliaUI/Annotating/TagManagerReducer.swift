import MarginaliaCore

/// Keys in the tag manager: j/k choose, n creates, r renames, c recolours, b binds a key, m merges, d deletes.
enum TagManagerReducer {
    static func handle(_ key: Key, _ manager: TagManagerState, in state: inout AppState) -> [Effect] {
        var manager = manager
        guard var reader = state.reader else { return [] }
        let tags = reader.annotating.book.tags.tags
        let selected = tags.indices.contains(manager.selected) ? tags[manager.selected] : nil
        if let prompt = manager.prompt {
            return answer(prompt, key: key, manager: manager, in: &state)
        }
        switch key {
        case .escape, .char("q"):
            reader.annotating.panel = nil
            state.reader = reader
            return []
        case .char("j"), .down: manager.selected = min(max(0, tags.count - 1), manager.selected + 1)
        case .char("k"), .up: manager.selected = max(0, manager.selected - 1)
        case .char("n"):
            manager.prompt = .create
            manager.edit = LineEdit()
        case .char("r"):
            guard let selected else { return [] }
            manager.prompt = .rename(selected.id)
            manager.edit = LineEdit(selected.name)
        case .char("b"):
            guard let selected else { return [] }
            manager.prompt = .key(selected.id)
        case .char("m"):
            guard let selected else { return [] }
            manager.prompt = .merge(selected.id)
            manager.edit = LineEdit()
        case .char("d"):
            guard let selected else { return [] }
            manager.prompt = .confirmDelete(selected.id, count: manager.counts[selected.id] ?? 0)
        case .char("c"):
            guard var tag = selected else { return [] }
            let colors = TagColor.allCases
            tag.color = colors[(colors.firstIndex(of: tag.color)! + 1) % colors.count]
            return apply(in: &state, manager: manager) { book in try book.updateTag(tag) }
        default:
            return []
        }
        reader.annotating.panel = .tagManager(manager)
        state.reader = reader
        return []
    }

    /// Keys while the manager asks something (a name, a key, a merge target, a confirmation).
    static func answer(_ prompt: TagManagerPrompt, key: Key, manager: TagManagerState, in state: inout AppState) -> [Effect] {
        var manager = manager
        guard let reader = state.reader else { return [] }
        let tags = reader.annotating.book.tags
        func close() -> TagManagerState {
            var closed = manager
            closed.prompt = nil
            return closed
        }
        if key == .escape {
            state.reader?.annotating.panel = .tagManager(close())
            return []
        }
        switch prompt {
        case .key(let id):
            guard case .char(let c) = key, var tag = tags[id] else { return [] }
            // Space unbinds.
            tag.key = c == " " ? nil : String(c)
            let effects = apply(in: &state, manager: close()) { book in try book.updateTag(tag) }
            // A key the reader already uses keeps its command; say so rather than bind a key that never tags.
            if c != " ", !effects.isEmpty, state.config.keymap.command(for: .char(c), in: .article) != nil {
                state.message = StatusMessage("'\(c)' is also a reader key, which wins: this tag is reached with t", isError: true)
            }
            return effects
        case .confirmDelete(let id, _):
            guard key == .char("y") || key == .char("Y") else {
                state.reader?.annotating.panel = .tagManager(close())
                state.message = StatusMessage("Not deleted")
                return []
            }
            return apply(in: &state, manager: close()) { book in try book.deleteTag(id, others: manager.others).change }
        case .create, .rename, .merge:
            guard key == .enter else {
                _ = manager.edit.handle(key)
                state.reader?.annotating.panel = .tagManager(manager)
                return []
            }
            let text = manager.edit.text
            switch prompt {
            case .create:
                return apply(in: &state, manager: close()) { book in try book.createTag(named: text).change }
            case .rename(let id):
                guard var tag = tags[id] else { return [] }
                tag.name = text
                return apply(in: &state, manager: close()) { book in try book.updateTag(tag) }
            case .merge(let id):
                guard let target = tags.tag(named: text) else {
                    state.message = StatusMessage("No tag named '\(text)'", isError: true)
                    return []
                }
                return apply(in: &state, manager: close()) { book in
                    try book.mergeTag(id, into: target.id, others: manager.others).change
                }
            default:
                return []
            }
        }
    }

    /// Runs a tag change on the book, updates the manager's counts and saves it.
    static func apply(in state: inout AppState, manager: TagManagerState,
                      _ body: (inout AnnotationBook) throws -> StoreChange) -> [Effect] {
        guard var reader = state.reader else { return [] }
        var manager = manager
        let change: StoreChange
        do {
            change = try body(&reader.annotating.book)
        } catch {
            state.message = StatusMessage("\(error)", isError: true)
            reader.annotating.panel = .tagManager(manager)
            state.reader = reader
            return []
        }
        // Keep the other articles' annotations and the counts in step with the change.
        if case .batch(let changes) = change {
            for single in changes {
                if case .updateAnnotation(_, let after) = single, let i = manager.others.firstIndex(where: { $0.id == after.id }) {
                    manager.others[i] = after
                }
            }
        }
        var counts: [TagID: Int] = [:]
        for annotation in reader.annotating.book.annotations + manager.others {
            for id in Set(annotation.tagIDs) { counts[id, default: 0] += 1 }
        }
        manager.counts = counts
        manager.selected = min(manager.selected, max(0, reader.annotating.book.tags.count - 1))
        reader.annotating.panel = .tagManager(manager)
        state.reader = reader
        state.tags = reader.annotating.book.tags
        state.message = StatusMessage(change.summary.prefix(1).uppercased() + change.summary.dropFirst())
        return [.saveChange(change)]
    }
}
