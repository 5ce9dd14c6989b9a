import MarginaliaCore
#if canImport(Glibc)
import Glibc
#endif

/// Something that happens at the terminal.
public enum InputEvent: Equatable, Sendable {
    /// A key press.
    case key(Key)
    /// The terminal's new size.
    case resize(rows: Int, columns: Int)
    /// Input ended (end of file, hang-up).
    case end
}

/// Where input events come from: ncurses in the terminal layer, a script in tests.
public protocol InputSource {
    /// The next event; with `wait` false, nil when none is pending (used to skip frames nobody would see).
    mutating func next(wait: Bool) -> InputEvent?
}

/// What the loop needs from the outside world: loading articles and remembering positions.
public struct ReaderEnvironment {
    /// Loads a library item's article with its saved position and annotation count, or an error message.
    public var openArticle: (LibraryItem) -> Result<(article: Article, position: ReadingPosition?, annotationCount: Int), OpenError>
    /// Saves a reading position (article id, position); returns an error message when it could not.
    public var saveReadingPosition: (String, ReadingPosition) -> String?
    /// Reads the whole of an article that `openArticle` returned in part (see `OpenedArticle.isPartial`).
    public var completeArticle: (String) -> Result<(article: Article, annotationCount: Int), OpenError>
    /// Writes an export; returns the status-line message saying what was written, or what went wrong.
    public var export: (ExportJob) -> StatusMessage
    /// Reading and saving annotations and tags.
    public var annotations: AnnotationEnvironment

    /// A message explaining why an article could not be opened.
    public struct OpenError: Error, Equatable {
        /// The message shown on the status line.
        public var message: String
        /// Creates an error.
        public init(_ message: String) { self.message = message }
    }

    /// Creates an environment. `openArticle` may return the first part of a long file with `partial` set;
    /// `completeArticle` then reads the rest when the reader is idle or a command needs it.
    public init(
        openArticle: @escaping (LibraryItem) -> Result<(article: Article, position: ReadingPosition?, annotationCount: Int), OpenError>,
        saveReadingPosition: @escaping (String, ReadingPosition) -> String?,
        isPartial: @escaping (Article) -> Bool = { _ in false },
        completeArticle: @escaping (String) -> Result<(article: Article, annotationCount: Int), OpenError> = { _ in
            .failure(OpenError("nothing to complete"))
        },
        export: @escaping (ExportJob) -> StatusMessage = { _ in StatusMessage("Export is not available here", isError: true) },
        annotations: AnnotationEnvironment = .memory()
    ) {
        self.openArticle = openArticle
        self.saveReadingPosition = saveReadingPosition
        self.isPartial = isPartial
        self.completeArticle = completeArticle
        self.export = export
        self.annotations = annotations
    }

    /// Whether an opened article is only the first part of its file.
    public var isPartial: (Article) -> Bool
}

/// The event loop: draw, read an event, reduce, run effects, until the user quits.
public enum ReaderLoop {
    /// Runs until quit or end of input; returns the final state.
    @discardableResult
    public static func run<S: Screen, I: InputSource>(
        _ initial: AppState, screen: inout S, input: inout I, environment: ReaderEnvironment
    ) -> AppState {
        var state = initial
        // The first frame is always drawn; after that, only when no input is waiting, so typed-ahead keys
        // are handled without drawing frames nobody would see.
        screen.present(Renderer.render(state))
        var needsFrame = false
        while !state.isQuitting {
            var event = input.next(wait: false)
            if event == nil {
                if needsFrame {
                    screen.present(Renderer.render(state))
                    needsFrame = false
                }
                // Idle: load what was put off to draw the first frame sooner (an opened article's annotations).
                if !state.deferredEffects.isEmpty {
                    let deferred = state.deferredEffects
                    state.deferredEffects = []
                    perform(deferred, on: &state, environment: environment)
                    needsFrame = true
                    continue
                }
                // Idle with a long article read only in part: read the rest now, then show it.
                if state.reader?.isPartial == true {
                    perform([.completeArticle], on: &state, environment: environment)
                    needsFrame = true
                    continue
                }
                event = waitForInput(&input, screen: &screen, state: &state, environment: environment)
            }
            guard let event else { break }
            switch event {
            case .end:
                state.isQuitting = true
                perform(Reducer.saveEffects(&state), on: &state, environment: environment)
            case .key(let key):
                // A key that may need the annotations (anything but scrolling, help and leaving) first gets them.
                if !state.deferredEffects.isEmpty, state.prompt != nil
                    || !(state.config.keymap.command(for: key, in: state.keyContext).map(ReaderReducer.runsOnFirstPart) ?? false)
                {
                    let deferred = state.deferredEffects
                    state.deferredEffects = []
                    perform(deferred, on: &state, environment: environment)
                }
                perform(Reducer.reduce(&state, .key(key)), on: &state, environment: environment)
            case .resize(let rows, let columns):
                perform(Reducer.reduce(&state, .resize(rows: rows, columns: columns)), on: &state, environment: environment)
            }
            needsFrame = true
        }
        return state
    }

    /// Waits for the next event. While changes wait to be saved (the store refused them) it polls instead of
    /// blocking and retries them every `AnnotationEnvironment.retryPolls` polls (5 seconds by default),
    /// redrawing so the status line shows the outcome.
    static func waitForInput<S: Screen, I: InputSource>(
        _ input: inout I, screen: inout S, state: inout AppState, environment: ReaderEnvironment
    ) -> InputEvent? {
        var polls = 0
        while environment.annotations.hasPending() {
            if let event = input.next(wait: false) { return event }
            usleep(pollMicroseconds)
            polls += 1
            if polls % max(1, environment.annotations.retryPolls) == 0 {
                _ = Reducer.reduce(&state, .saved(environment.annotations.retry()))
                screen.present(Renderer.render(state))
            }
        }
        return input.next(wait: true)
    }

    /// How long one poll waits while changes are pending (microseconds).
    static let pollMicroseconds: UInt32 = 50_000

    /// Runs effects, feeding their results back as actions.
    public static func perform(_ effects: [Effect], on state: inout AppState, environment: ReaderEnvironment) {
        for effect in effects {
            switch effect {
            case .quit:
                // Changes the store refused are retried first; if they still cannot be saved, quitting needs
                // a second request, so they are never dropped without the user knowing.
                if case .pending(let count, let reason) = environment.annotations.retry(), !state.quitWarned {
                    state.quitWarned = true
                    state.isQuitting = false
                    state.message = StatusMessage(
                        "Quit again to discard \(count) unsaved change\(count == 1 ? "" : "s") (\(reason))", isError: true)
                } else {
                    state.isQuitting = true
                }
            case .loadAnnotations(let id):
                switch environment.annotations.load(id) {
                case .success(let loaded):
                    _ = Reducer.reduce(&state, .annotationsLoaded(articleID: id, annotations: loaded.annotations, tags: loaded.tags))
                case .failure(let error):
                    _ = Reducer.reduce(&state, .annotationsFailed(error.message))
                }
            case .saveChange(let change):
                _ = Reducer.reduce(&state, .saved(environment.annotations.save(change)))
            case .editNoteExternally(let target, let id, let note):
                let edited = environment.annotations.editNote(note)
                if let size = environment.annotations.screenSize(), size.rows != state.rows || size.columns != state.columns {
                    _ = Reducer.reduce(&state, .resize(rows: size.rows, columns: size.columns))
                }
                switch edited {
                case .success(let edited):
                    perform(Reducer.reduce(&state, .noteEdited(target: target, annotationID: id, note: edited, error: nil)),
                            on: &state, environment: environment)
                case .failure(let error):
                    _ = Reducer.reduce(&state, .noteEdited(target: target, annotationID: id, note: nil, error: error.message))
                }
            case .loadLibraryAnnotations(let forTagManager):
                switch environment.annotations.loadAll() {
                case .success(let loaded):
                    _ = Reducer.reduce(&state, .libraryAnnotationsLoaded(rows: loaded.rows, tags: loaded.tags, forTagManager: forTagManager))
                case .failure(let error):
                    _ = Reducer.reduce(&state, .annotationsFailed(error.message))
                }
            case .saveReadingPosition(let id, let position):
                if let error = environment.saveReadingPosition(id, position) {
                    state.message = StatusMessage("Could not save the reading position: \(error)", isError: true)
                }
            case .completeArticle:
                guard let reader = state.reader, reader.isPartial else { continue }
                switch environment.completeArticle(reader.itemID) {
                case .success(let whole):
                    let more = Reducer.reduce(&state, .articleCompleted(article: whole.article, annotationCount: whole.annotationCount))
                    perform(more, on: &state, environment: environment)
                case .failure(let error):
                    state.reader?.isPartial = false
                    _ = Reducer.reduce(&state, .openFailed(error.message))
                }
            case .export(let job):
                let more = Reducer.reduce(&state, .exportFinished(environment.export(job)))
                perform(more, on: &state, environment: environment)
            case .openArticle(let item):
                switch environment.openArticle(item) {
                case .success(let opened):
                    var more = Reducer.reduce(
                        &state, .articleOpened(itemID: item.id, article: opened.article, position: opened.position,
                                               annotationCount: opened.annotationCount))
                    let isLoad: (Effect) -> Bool = { if case .loadAnnotations = $0 { true } else { false } }
                    if environment.isPartial(opened.article) {
                        state.reader?.isPartial = true
                        // Annotations are loaded with the whole article: their positions may lie beyond the first part.
                        more.removeAll(where: isLoad)
                    } else if state.defersAnnotationLoading {
                        // Opened at start-up: the annotations load right after the first frame (or before a key
                        // that needs them), which keeps reading the store off the start-up path.
                        state.deferredEffects += more.filter(isLoad)
                        more.removeAll(where: isLoad)
                    }
                    state.defersAnnotationLoading = false
                    // A saved position past the part read so far needs the whole article before the first frame.
                    if state.reader?.isPartial == true, state.reader?.deferredPosition != nil {
                        more.insert(.completeArticle, at: 0)
                    }
                    perform(more, on: &state, environment: environment)
                case .failure(let error):
                    _ = Reducer.reduce(&state, .openFailed(error.message))
                }
            }
        }
    }
}
