/// The library view: the articles, the title filter and the selected row.
public struct LibraryState: Equatable, Sendable {
    /// Every article, in display order.
    public var items: [LibraryItem]
    /// The title filter (case-insensitive substring); empty shows all.
    public var filter: String = ""
    /// The selected row, an index into `visibleItems`.
    public var selected: Int = 0
    /// The first row shown.
    public var top: Int = 0
    /// Shown when there is nothing to list (how to open an article).
    public var emptyNotice: String

    /// Creates a library view.
    public init(items: [LibraryItem], emptyNotice: String = "No articles. Open one with: margin PATH") {
        self.items = items
        self.emptyNotice = emptyNotice
    }

    /// The indices of the items that pass the filter.
    public var visibleItems: [Int] {
        guard let pattern = SearchPattern(filter) else { return Array(items.indices) }
        return items.indices.filter { pattern.firstMatch(in: items[$0].title) != nil }
    }

    /// The selected item, if any.
    public var selectedItem: LibraryItem? {
        let visible = visibleItems
        return visible.indices.contains(selected) ? items[visible[selected]] : nil
    }
}
