import MarginaliaCore

/// What the loop needs from the outside world to annotate: the store behind an `AnnotationSaver`, the whole
/// library's annotations, and an external editor for notes.
public struct AnnotationEnvironment {
    /// Reads an article's annotations and the tag set (or says why it cannot).
    public var load: (ArticleID) -> Result<(annotations: [Annotation], tags: TagSet), ReaderEnvironment.OpenError>
    /// Saves a change at once after any pending ones.
    public var save: (StoreChange) -> SaveOutcome
    /// Tries pending changes again.
    public var retry: () -> SaveOutcome
    /// Every annotation in the library with its article's title, and the tag set.
    public var loadAll: () -> Result<(rows: [AnnotationListRow], tags: TagSet), ReaderEnvironment.OpenError>
    /// Runs $VISUAL / $EDITOR on a note and returns the edited text (or why it failed).
    public var editNote: (String) -> Result<String, ReaderEnvironment.OpenError>
    /// Whether changes wait to be saved (the loop then retries them every few seconds).
    public var hasPending: () -> Bool = { false }
    /// How many 50 ms input polls pass between two retries of pending changes (100: every 5 seconds).
    public var retryPolls = 100
    /// The terminal's size, re-read after the editor gave the terminal back (nil: unchanged / unknown).
    public var screenSize: () -> (rows: Int, columns: Int)? = { nil }

    /// Creates an environment.
    public init(
        load: @escaping (ArticleID) -> Result<(annotations: [Annotation], tags: TagSet), ReaderEnvironment.OpenError>,
        save: @escaping (StoreChange) -> SaveOutcome,
        retry: @escaping () -> SaveOutcome,
        loadAll: @escaping () -> Result<(rows: [AnnotationListRow], tags: TagSet), ReaderEnvironment.OpenError>,
        editNote: @escaping (String) -> Result<String, ReaderEnvironment.OpenError>
    ) {
        self.load = load
        self.save = save
        self.retry = retry
        self.loadAll = loadAll
        self.editNote = editNote
    }

    /// An environment backed by a store: saves through an `AnnotationSaver`, titles from `titles`.
    public static func store(
        _ saver: AnnotationSaver, titles: @escaping (ArticleID) -> String,
        editNote: @escaping (String) -> Result<String, ReaderEnvironment.OpenError>
    ) -> AnnotationEnvironment {
        let store = saver.store
        return AnnotationEnvironment(
            load: { id in
                do { return .success((try store.annotations(for: id), try store.tags())) } catch {
                    return .failure(.init("Cannot read the annotations: \(AnnotationSaver.firstLine(String(describing: error)))"))
                }
            },
            save: { saver.save($0) },
            retry: { saver.retry() },
            loadAll: {
                do {
                    var rows: [AnnotationListRow] = []
                    for (article, annotations) in try store.allAnnotations() {
                        let title = titles(article)
                        rows += annotations.map { AnnotationListRow(annotation: $0, title: title) }
                    }
                    return .success((rows, try store.tags()))
                } catch {
                    return .failure(.init("Cannot read the annotations: \(AnnotationSaver.firstLine(String(describing: error)))"))
                }
            },
            editNote: editNote)
            .withPending { saver.hasPending }
    }

    /// The same environment reporting pending changes with `check`.
    func withPending(_ check: @escaping () -> Bool) -> AnnotationEnvironment {
        var copy = self
        copy.hasPending = check
        return copy
    }

    /// An environment keeping everything in memory (tests, and a reader without a data folder).
    public static func memory(tags: TagSet = .defaults) -> AnnotationEnvironment {
        final class Box {
            var books: [ArticleID: AnnotationBook] = [:]
            var tags: TagSet
            init(tags: TagSet) { self.tags = tags }
            func book(_ id: ArticleID) -> AnnotationBook { books[id] ?? AnnotationBook(articleID: id, annotations: [], tags: tags) }
        }
        let box = Box(tags: tags)
        return AnnotationEnvironment(
            load: { .success((box.book($0).annotations, box.tags)) },
            save: { change in
                var touched = Set<ArticleID>()
                for single in AnnotationBook.flatten(change) {
                    switch single {
                    case .addAnnotation(let a), .updateAnnotation(_, let a), .removeAnnotation(let a): touched.insert(a.articleID)
                    default: break
                    }
                }
                var tagBook = AnnotationBook(articleID: ArticleID(""), annotations: [], tags: box.tags)
                tagBook.apply(change)
                box.tags = tagBook.tags
                for id in touched {
                    var book = box.book(id)
                    book.apply(change)
                    box.books[id] = book
                }
                return .saved
            },
            retry: { .saved },
            loadAll: {
                .success((box.books.values.flatMap(\.annotations).map { AnnotationListRow(annotation: $0, title: "") }, box.tags))
            },
            editNote: { .success($0) })
    }
}
