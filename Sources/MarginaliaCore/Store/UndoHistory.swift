/// An undo / redo history of store changes, a value the UI holds in its state.
///
/// Record each change a store call returns; `undo(in:)` applies the inverse of the latest one through the store
/// (re-reading under the lock, so changes by other processes are kept) and makes it redoable.
public struct UndoHistory: Hashable, Sendable {
    /// Changes that can be undone, oldest first.
    public private(set) var undoStack: [StoreChange] = []
    /// Changes that were undone and can be redone, most recently undone last.
    public private(set) var redoStack: [StoreChange] = []
    /// How many changes are remembered.
    public let limit: Int

    /// An empty history remembering up to `limit` changes.
    public init(limit: Int = 500) {
        self.limit = limit
    }

    /// Whether there is something to undo.
    public var canUndo: Bool { !undoStack.isEmpty }
    /// Whether there is something to redo.
    public var canRedo: Bool { !redoStack.isEmpty }

    /// Remembers a change just made; forgets what could be redone.
    public mutating func record(_ change: StoreChange) {
        undoStack.append(change)
        if undoStack.count > limit { undoStack.removeFirst(undoStack.count - limit) }
        redoStack.removeAll()
    }

    /// Undoes the latest change through the store; returns it, or nil if there was none.
    @discardableResult
    public mutating func undo(in store: AnnotationStore) throws -> StoreChange? {
        guard let change = undoStack.last else { return nil }
        try store.apply(change.inverse)
        undoStack.removeLast()
        redoStack.append(change)
        return change
    }

    /// Redoes the latest undone change through the store; returns it, or nil if there was none.
    @discardableResult
    public mutating func redo(in store: AnnotationStore) throws -> StoreChange? {
        guard let change = redoStack.last else { return nil }
        try store.apply(change)
        redoStack.removeLast()
        undoStack.append(change)
        return change
    }
}
