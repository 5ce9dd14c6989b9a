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
            reader.annotating.cursor = nil
            state.reader = reader
            state.screen = .reader
            state.message = nil
            if let jump = state.pendingJump {
                state.pendingJump = nil
                state.reader?.annotating.cursor = jump
                CursorPlacement.revealCursor(in: &state)
            } else {
                CursorPlacement.followScreen(in: &state)
            }
            return [.loadAnnotations(article.id)]
        case .articleCompleted(let article, let annotationCount):
            guard let reader = state.reader else { return [] }
            state.reader = reader.completed(with: article, annotationCount: annotationCount)
            // The annotations were not loaded on the first part (their positions may lie beyond it).
            var effects: [Effect] = [.loadAnnotations(article.id)]
            if let key = state.pendingKey {
                state.pendingKey = nil
                effects += handle(key: key, in: &state)
            } else if let command = state.pendingCommand {
                state.pendingCommand = nil
                effects += run(command, in: &state)
            }
            return effects
        case .openFailed(let message):
            state.message = StatusMessage(message, isError: true)
            return []
        case .exportFinished(let message):
            state.message = message
            return []
        case .key(let key):
            return handle(key: key, in: &state)
        case .command(let command):
            state.message = nil
            return run(command, in: &state)
        default:
            return AnnotatingReducer.reduce(action, in: &state) ?? []
        }
    }

    static func handle(key: Key, in state: inout AppState) -> [Effect] {
        if key == .ctrl("c") { return run(.quit, in: &state) }
        if state.prompt != nil { return PromptReducer.handle(key: key, in: &state) }
        state.message = nil
        // On the first part of a long file only scrolling, help and leaving run at once; any other key
        // (annotating, panels, search) waits for the whole article, whose positions it needs.
        if state.helpTop == nil, state.screen == .reader, state.reader?.isPartial == true {
            let command = state.config.keymap.command(for: key, in: state.keyContext)
            if command.map({ !ReaderReducer.runsOnFirstPart($0) }) ?? true {
                state.pendingKey = key
                return [.completeArticle]
            }
        }
        if state.helpTop == nil, let effects = PanelReducer.handle(key, in: &state) { return effects }
        guard let command = state.config.keymap.command(for: key, in: state.keyContext) else {
            if state.helpTop == nil, let effects = AnnotatingReducer.tagKey(key, in: &state) { return effects }
            return []
        }
        if command != .quit { state.quitWarned = false }
        return run(command, in: &state)
    }

    static func run(_ command: Command, in state: inout AppState) -> [Effect] {
        if state.helpTop != nil { return HelpReducer.run(command, in: &state) }
        switch command {
        case .help:
            // Open the help at the keys of the view the user is in; the other views' keys are a scroll away.
            let title = state.keyContext.title
            state.helpTop = Renderer.helpLines(state.config.keymap).firstIndex { $0.isHeading && $0.text == title } ?? 0
            return []
        case .quit:
            state.isQuitting = true
            return saveEffects(&state) + [.quit]
        case .export:
            return ExportReducer.start(in: &state)
        default:
            break
        }
        if state.screen == .reader, let reader = state.reader {
            // A long file opened from its first part is read in full before anything that needs all of it.
            if reader.isPartial && ReaderReducer.needsWholeArticle(command, state) {
                state.pendingCommand = command
                return [.completeArticle]
            }
            if let effects = AnnotatingReducer.run(command, in: &state) { return effects }
            return ReaderReducer.run(command, in: &state)
        }
        if command == .allAnnotations { return [.loadLibraryAnnotations(forTagManager: false)] }
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
