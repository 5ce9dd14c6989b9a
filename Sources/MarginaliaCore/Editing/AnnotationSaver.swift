/// What happened to a change handed to an `AnnotationSaver`.
public enum SaveOutcome: Hashable, Sendable {
    /// The change (and every change pending before it) is in the store.
    case saved
    /// The store refused; `count` changes wait in memory to be retried, `reason` says why (one line).
    case pending(count: Int, reason: String)

    /// A status-line message for a failure, or nil when saved.
    public var message: String? {
        switch self {
        case .saved: nil
        case .pending(let count, let reason):
            "not saved (\(count) change\(count == 1 ? "" : "s") kept, will retry): \(reason)"
        }
    }
}

/// Saves the reader's changes through the store at once, in order. When the store cannot be written (a
/// read-only data folder, a full disk) the change is kept in memory, reported, and retried before the next
/// change and whenever `retry()` is called, so nothing is silently dropped.
///
/// Changes are applied with `AnnotationStore.apply`, by id and under the store's lock on fresh copies of the
/// files, so replaying one that partly reached the store does no harm.
public final class AnnotationSaver {
    /// The store.
    public let store: AnnotationStore
    /// Changes not yet in the store, oldest first.
    public private(set) var pending: [StoreChange] = []
    /// Why the last attempt failed, if it did.
    public private(set) var lastFailure: String?

    /// A saver for a store.
    public init(store: AnnotationStore) {
        self.store = store
    }

    /// Whether changes are waiting to be saved.
    public var hasPending: Bool { !pending.isEmpty }

    /// Saves a change after the pending ones.
    @discardableResult
    public func save(_ change: StoreChange) -> SaveOutcome {
        pending.append(change)
        return flush()
    }

    /// Tries the pending changes again.
    @discardableResult
    public func retry() -> SaveOutcome {
        flush()
    }

    private func flush() -> SaveOutcome {
        while let next = pending.first {
            do {
                try Self.write(next, to: store)
            } catch {
                let reason = Self.firstLine(String(describing: error))
                lastFailure = reason
                return .pending(count: pending.count, reason: reason)
            }
            pending.removeFirst()
        }
        lastFailure = nil
        return .saved
    }

    /// Writes one change: single annotation changes through the store's add / update / remove (which change
    /// the article's list in place), anything else, or a change the store has partly seen already (a retry,
    /// another process), through `apply`, which works by id.
    static func write(_ change: StoreChange, to store: AnnotationStore) throws {
        do {
            switch change {
            case .addAnnotation(let annotation):
                try store.add(annotation)
                return
            case .removeAnnotation(let annotation):
                try store.remove(id: annotation.id, from: annotation.articleID)
                return
            case .updateAnnotation(_, let after):
                try store.update(after)
                return
            default:
                break
            }
        } catch is AnnotationError {
            // Already added, or already gone: fall through to `apply`.
        }
        try store.apply(change)
    }

    /// The first line of a (possibly multi-line) message, for the status line.
    public static func firstLine(_ text: String) -> String {
        String(text.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: true).first ?? "")
    }
}
