import MarginaliaCore

/// The one function that changes the state: `state + action -> effects`. Pure: no terminal, no files.
public enum Reducer {
    /// Applies an action and returns the work to do outside.
    public static func reduce(_ state: inout AppState, _ action: Action) -> [Effect] {
        switch action {
        case .resize(let rows, let columns):
            state.rows = max(1, rows)
            state.columns = max(1, columns)
            // The tops keep their exact offsets (not their old line starts), so repeated resizes do not drift:
            // each width shows the line holding the same passage.
            return []
        case .articleOpened(let itemID, let article, let position, let annotationCount):
            var reader = ReaderState(itemID: itemID, article: article, annotationCount: annotationCount, position: position)
            let width = state.geometry.columnWidth
            reader.articleTop = reader.articleDocument.normalized(reader.articleTop, columnWidth: width)
            state.reader = reader
            state.screen = .reader
            state.message = nil
            return []
        case .articleCompleted(let article, let annotationCount):
            guard let reader = state.reader else { return [] }
            state.reader = reader.completed(with: article, annotationCount: annotationCount)
            guard let command = state.pendingCommand else { return [] }
            state.pendingCommand = nil
            return run(command, in: &state)
        case .openFailed(let message):
            state.message = StatusMessage(message, isError: true)
            return []
        case .key(let key):
            return handle(key: key, in: &state)
        case .command(let command):
            state.message = nil
            return run(command, in: &state)
        }
    }

    static func handle(key: Key, in state: inout AppState) -> [Effect] {
        if key == .ctrl("c") { return run(.quit, in: &state) }
        if state.prompt != nil { return PromptReducer.handle(key: key, in: &state) }
        state.message = nil
        guard let command = state.config.keymap.command(for: key, in: state.keyContext) else { return [] }
        return run(command, in: &state)
    }

    static func run(_ command: Command, in state: inout AppState) -> [Effect] {
        if state.helpTop != nil { return HelpReducer.run(command, in: &state) }
        switch command {
        case .help:
            state.helpTop = 0
            return []
        case .quit:
            state.isQuitting = true
            return saveEffects(&state) + [.quit]
        default:
            break
        }
        if state.screen == .reader, let reader = state.reader {
            // A long file opened from its first part is read in full before anything that needs all of it.
            if reader.isPartial && ReaderReducer.needsWholeArticle(command, state) {
                state.pendingCommand = command
                return [.completeArticle]
            }
            return ReaderReducer.run(command, in: &state)
        }
        return LibraryReducer.run(command, in: &state)
    }

    /// Saving the open article's position (and updating its progress in the library), when it is shown.
    static func saveEffects(_ state: inout AppState) -> [Effect] {
        guard state.screen == .reader, let reader = state.reader else { return [] }
        let percent = ReaderReducer.percent(state)
        if let i = state.library.items.firstIndex(where: { $0.id == reader.itemID }) {
            state.library.items[i].progress = percent
        }
        return [.saveReadingPosition(articleID: reader.article.id.rawValue, reader.readingPosition)]
    }
}
