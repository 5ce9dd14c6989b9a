/// One screen cell: the grapheme drawn there and its style. A wide grapheme's second cell is a continuation
/// (`text` empty).
public struct Cell: Hashable, Sendable {
    /// The grapheme, already sanitised; empty for the second half of a wide grapheme.
    public var text: String
    /// How the cell is drawn.
    public var style: TextStyle

    /// A blank cell.
    public static let blank = Cell(text: " ", style: .normal)

    /// Creates a cell.
    public init(text: String, style: TextStyle) {
        self.text = text
        self.style = style
    }
}

/// A whole screen's worth of cells, built by the renderer and presented by a `Screen`.
public struct Frame: Equatable, Sendable {
    /// Number of rows.
    public let rows: Int
    /// Number of columns.
    public let columns: Int
    /// Cells row by row (`rows * columns`).
    public private(set) var cells: [Cell]

    /// A blank frame of this size.
    public init(rows: Int, columns: Int) {
        self.rows = max(0, rows)
        self.columns = max(0, columns)
        cells = Array(repeating: .blank, count: self.rows * self.columns)
    }

    /// The cell at a position.
    public subscript(row: Int, column: Int) -> Cell {
        cells[row * columns + column]
    }

    /// Draws one grapheme of the given width; returns the column after it. Nothing is drawn past the edge:
    /// a wide grapheme that does not fit is replaced by a blank.
    @discardableResult
    public mutating func put(_ text: String, width: Int, row: Int, column: Int, style: TextStyle) -> Int {
        guard row >= 0, row < rows, column >= 0, column < columns else { return column + width }
        if width <= 0 { return column }
        if column + width > columns {
            for c in column..<columns { cells[row * columns + c] = Cell(text: " ", style: style) }
            return column + width
        }
        cells[row * columns + column] = Cell(text: text, style: style)
        if width == 2 { cells[row * columns + column + 1] = Cell(text: "", style: style) }
        return column + width
    }

    /// Draws sanitised text, one grapheme at a time, clipped at `limit` (default: the right edge).
    /// Returns the column after the text.
    @discardableResult
    public mutating func write(_ text: String, row: Int, column: Int, style: TextStyle, limit: Int? = nil) -> Int {
        let end = min(limit ?? columns, columns)
        var col = column
        for character in text {
            let glyph = Sanitizer.glyph(for: character)
            if glyph.width == 0 { continue }
            if col + glyph.width > end { break }
            col = put(glyph.text, width: glyph.width, row: row, column: col, style: style)
        }
        return col
    }

    /// Paints a run of cells with a style, keeping their text (status bars, selected rows).
    public mutating func fill(row: Int, from: Int = 0, to: Int? = nil, style: TextStyle) {
        guard row >= 0, row < rows else { return }
        for c in max(0, from)..<min(to ?? columns, columns) { cells[row * columns + c].style = style }
    }

    /// The row as plain text (continuation cells skipped), trailing blanks trimmed.
    public func line(_ row: Int) -> String {
        var text = ""
        for c in 0..<columns { text += self[row, c].text }
        while text.last == " " { text.removeLast() }
        return text
    }

    /// The whole frame as text, one line per row, for tests.
    public var textDump: String {
        (0..<rows).map(line).joined(separator: "\n")
    }

    /// The style of every cell as one letter per cell (first letter of the style name; `.` for normal).
    public func styleDump(row: Int) -> String {
        String((0..<columns).map { c -> Character in
            let style = self[row, c].style
            return style == .normal ? "." : style.rawValue.first!
        })
    }
}
