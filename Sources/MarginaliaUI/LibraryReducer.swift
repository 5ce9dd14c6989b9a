/// Keys in the library view.
enum LibraryReducer {
    static func run(_ command: Command, in state: inout AppState) -> [Effect] {
        let count = state.library.visibleItems.count
        let page = max(1, state.geometry.bodyRows - 2)
        var selected = state.library.selected
        switch command {
        case .lineDown: selected += 1
        case .lineUp: selected -= 1
        case .pageDown: selected += page
        case .pageUp: selected -= page
        case .halfPageDown: selected += page / 2
        case .halfPageUp: selected -= page / 2
        case .top: selected = 0
        case .bottom: selected = count - 1
        case .filter:
            state.prompt = Prompt(kind: .filter, text: state.library.filter, previousFilter: state.library.filter)
            return []
        case .open:
            guard let item = state.library.selectedItem else { return [] }
            if let reader = state.reader, reader.itemID == item.id {
                state.screen = .reader
                return []
            }
            state.message = StatusMessage("Opening \(item.title)…")
            return [.openArticle(item)]
        case .back:
            return Reducer.run(.quit, in: &state)
        default:
            return []
        }
        state.library.selected = min(max(0, selected), max(0, count - 1))
        scrollToSelection(&state)
        return []
    }

    /// Keeps the selected row on screen.
    static func scrollToSelection(_ state: inout AppState) {
        let rows = max(1, state.geometry.bodyRows - 2)
        if state.library.selected < state.library.top { state.library.top = state.library.selected }
        if state.library.selected >= state.library.top + rows { state.library.top = state.library.selected - rows + 1 }
        state.library.top = max(0, state.library.top)
    }
}
