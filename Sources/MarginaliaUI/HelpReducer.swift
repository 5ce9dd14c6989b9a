/// Keys while the help screen is shown.
enum HelpReducer {
    static func run(_ command: Command, in state: inout AppState) -> [Effect] {
        let total = Renderer.helpLines(state.config.keymap).count
        let page = max(1, state.geometry.bodyRows - 1)
        let maxTop = max(0, total - page)
        var top = state.helpTop ?? 0
        switch command {
        case .lineDown: top += 1
        case .lineUp: top -= 1
        case .pageDown, .halfPageDown: top += page
        case .pageUp, .halfPageUp: top -= page
        case .top: top = 0
        case .bottom: top = maxTop
        case .help, .back, .clear:
            state.helpTop = nil
            return []
        case .quit:
            state.helpTop = nil
            return Reducer.run(.quit, in: &state)
        default: break
        }
        state.helpTop = min(max(0, top), maxTop)
        return []
    }
}
