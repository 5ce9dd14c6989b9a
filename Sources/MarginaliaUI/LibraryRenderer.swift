import MarginaliaCore

/// Draws the library: a heading, one row per article (title, comments, annotations, progress), a status bar.
enum LibraryRenderer {
    static func draw(_ state: AppState, into frame: inout Frame) {
        let library = state.library
        let visible = library.visibleItems
        let count = library.items.count
        var heading = "Marginalia · \(count) \(count == 1 ? "article" : "articles")"
        if !library.filter.isEmpty { heading += " · filter “\(library.filter)”: \(visible.count)" }
        frame.write(Sanitizer.displayString(heading), row: 0, column: 1, style: .title)
        let listRows = max(1, state.geometry.bodyRows - 2)
        if library.items.isEmpty {
            frame.write(library.emptyNotice, row: 2, column: 1, style: .normal)
        } else if visible.isEmpty {
            frame.write("No title matches the filter.", row: 2, column: 1, style: .meta)
        }
        for (row, position) in (library.top..<min(visible.count, library.top + listRows)).enumerated() {
            let item = library.items[visible[position]]
            let screenRow = row + 2
            let details = detailText(item)
            let detailWidth = DisplayWidth.ofPrefix(details)
            let showDetails = frame.columns - detailWidth >= 20
            let titleLimit = showDetails ? frame.columns - detailWidth - 1 : frame.columns - 1
            let style: TextStyle = position == library.selected ? .selectedRow : .normal
            if style == .selectedRow {
                for c in 0..<frame.columns { frame.put(" ", width: 1, row: screenRow, column: c, style: style) }
            }
            frame.write(Sanitizer.displayString(item.title), row: screenRow, column: 1, style: style, limit: titleLimit)
            if showDetails { frame.write(details, row: screenRow, column: frame.columns - detailWidth, style: style) }
        }
        let help = " Enter open │ / filter │ ? help │ q quit "
        if let prompt = state.prompt {
            StatusLine.drawPrompt(prompt, state: state, into: &frame)
        } else {
            StatusLine.drawBar(row: state.rows - 1, left: " LIBRARY", right: help, message: state.message, into: &frame)
        }
    }

    /// The right-hand columns of a row: comments, annotations, progress.
    static func detailText(_ item: LibraryItem) -> String {
        let comments = item.commentCount.map { "\($0) \($0 == 1 ? "comment" : "comments")" } ?? ""
        let notes = "\(item.annotationCount) \(item.annotationCount == 1 ? "annotation" : "annotations")"
        let progress = item.progress.map { "\($0)%" } ?? "new"
        return pad(comments, 12) + "  " + pad(notes, 15) + "  " + pad(progress, 4) + " "
    }

    static func pad(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - text.count)) + text
    }
}
