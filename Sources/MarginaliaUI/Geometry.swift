/// Where things go on a terminal of a given size.
public struct Geometry: Equatable, Sendable {
    /// Terminal rows.
    public var rows: Int
    /// Terminal columns.
    public var columns: Int
    /// The configured maximum reading width.
    public var readingWidth: Int

    /// Below this size the reader shows a notice instead of text.
    public static let minimumRows = 5
    /// Below this width the reader shows a notice instead of text.
    public static let minimumColumns = 20

    /// Whether the terminal is too small to read in.
    public var isTooSmall: Bool { rows < Geometry.minimumRows || columns < Geometry.minimumColumns }

    /// Rows for text (all but the status line).
    public var bodyRows: Int { max(1, rows - 1) }

    /// The reading column's width: at most `readingWidth`, leaving a margin of one column each side when it
    /// has to shrink.
    public var columnWidth: Int {
        max(1, min(readingWidth, columns >= readingWidth + 2 ? readingWidth : columns - 2))
    }

    /// The reading column's first column (centred).
    public var left: Int { max(0, (columns - columnWidth) / 2) }
}
