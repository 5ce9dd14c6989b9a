/// `library.json`: every article the store has seen, most recently opened first.
public struct LibraryIndex: Hashable, Sendable {
    /// The entries, in no particular order (use `recentFirst` for display).
    public var entries: [LibraryEntry]

    /// Creates an index.
    public init(entries: [LibraryEntry] = []) {
        self.entries = entries
    }

    /// The entry for this article.
    public subscript(id: ArticleID) -> LibraryEntry? {
        entries.first { $0.id == id }
    }

    /// The entries, most recently opened first, never-opened ones last (by title).
    public var recentFirst: [LibraryEntry] {
        entries.sorted { a, b in
            switch (a.lastOpened, b.lastOpened) {
            case let (x?, y?) where x != y: x > y
            case (.some, nil): true
            case (nil, .some): false
            default: (a.title, a.id) < (b.title, b.id)
            }
        }
    }

    /// Changes the entry for an article, creating it if needed.
    mutating func modify(_ id: ArticleID, _ body: (inout LibraryEntry) -> Void) {
        if let index = entries.firstIndex(where: { $0.id == id }) {
            body(&entries[index])
        } else {
            var entry = LibraryEntry(id: id)
            body(&entry)
            entries.append(entry)
        }
    }
}

