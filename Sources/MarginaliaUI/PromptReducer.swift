/// Keys while a search or filter is being typed: text editing, Enter keeps it, Esc cancels it.
enum PromptReducer {
    static func handle(key: Key, in state: inout AppState) -> [Effect] {
        guard var prompt = state.prompt else { return [] }
        switch key {
        case .escape:
            state.prompt = nil
            cancel(prompt, in: &state)
            return []
        case .enter:
            state.prompt = nil
            if case .export(let articleID, let ids) = prompt.kind {
                return ExportReducer.finish(prompt, articleID: articleID, annotationIDs: ids, in: &state)
            }
            if prompt.kind == .search, let reader = state.reader, reader.search?.current == nil, !prompt.text.isEmpty {
                state.message = StatusMessage("Pattern not found: \(prompt.text)", isError: true)
            }
            if prompt.kind == .search, prompt.text.isEmpty, var reader = state.reader {
                reader.search = nil
                state.reader = reader
            }
            return []
        case .backspace, .delete:
            if prompt.text.isEmpty {
                state.prompt = nil
                cancel(prompt, in: &state)
                return []
            }
            prompt.text.removeLast()
        case .ctrl("u"):
            prompt.text = ""
        case .char(let c):
            prompt.text.append(c)
        default:
            return []
        }
        state.prompt = prompt
        update(prompt, in: &state)
        return []
    }

    /// Applies the text typed so far: filters the library, or searches from where the search began.
    static func update(_ prompt: Prompt, in state: inout AppState) {
        switch prompt.kind {
        case .filter:
            state.library.filter = prompt.text
            state.library.selected = 0
            state.library.top = 0
        case .search:
            guard var reader = state.reader else { return }
            reader.top = prompt.origin
            state.reader = reader
            ReaderReducer.search(prompt.text, from: prompt.origin, in: &state)
        case .export:
            break  // nothing happens until Enter
        }
    }

    static func cancel(_ prompt: Prompt, in state: inout AppState) {
        switch prompt.kind {
        case .filter:
            state.library.filter = prompt.previousFilter
            state.library.selected = 0
            state.library.top = 0
        case .search:
            guard var reader = state.reader else { return }
            reader.top = prompt.origin
            reader.search = prompt.previousSearch
            state.reader = reader
        case .export:
            state.message = StatusMessage("Export cancelled")
        }
    }
}
