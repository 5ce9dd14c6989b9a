/// The bottom row: the prompt being typed, or the view, title, position, counts and any message.
enum StatusLine {
    static func draw(_ state: AppState, reader: ReaderState, into frame: inout Frame) {
        let row = state.rows - 1
        if let prompt = state.prompt {
            drawPrompt(prompt, state: state, into: &frame)
            return
        }
        let percent = reader.view == .article ? ReaderReducer.percent(state) : commentsPercent(state, reader)
        let comments = reader.article.commentCount
        let annotations = reader.annotationCount
        var right = " \(percent)% │ \(comments) \(comments == 1 ? "comment" : "comments") │ \(annotations) \(annotations == 1 ? "annotation" : "annotations") "
        // Narrow terminals get the short form: "42% │ 3c │ 0a".
        if frame.columns - DisplayWidth.ofPrefix(right) < 16 { right = " \(percent)% │ \(comments)c │ \(annotations)a " }
        // The tags under the passage cursor come first, when they fit.
        let tags = AnnotationStatus.text(reader)
        if !tags.isEmpty, frame.columns - DisplayWidth.ofPrefix(tags + right) >= 16 { right = tags + right }
        let mode = reader.annotating.selection != nil ? " VISUAL │ " : (reader.view == .article ? " ARTICLE │ " : " COMMENTS │ ")
        drawBar(row: row, left: mode + Sanitizer.displayString(reader.article.title), right: right,
                message: state.message, into: &frame)
    }

    static func commentsPercent(_ state: AppState, _ reader: ReaderState) -> Int {
        let geometry = state.geometry
        let document = reader.comments.document
        let lines = document.visibleLines(from: reader.comments.top, count: geometry.bodyRows, columnWidth: geometry.columnWidth)
        if let end = lines.last, Anchor(segment: end.segment, offset: end.line.start) >= document.lastLine(columnWidth: geometry.columnWidth) {
            return 100
        }
        return document.percent(at: reader.comments.top)
    }

    /// A reversed bar: left text (or a message instead), right text when there is room.
    static func drawBar(row: Int, left: String, right: String, message: StatusMessage?, into frame: inout Frame) {
        frame.fill(row: row, style: .statusBar)
        for c in 0..<frame.columns { frame.put(" ", width: 1, row: row, column: c, style: .statusBar) }
        let rightWidth = DisplayWidth.ofPrefix(right)
        let showRight = frame.columns - rightWidth >= 16
        let leftLimit = showRight ? frame.columns - rightWidth : frame.columns
        if let message {
            frame.write(" " + Sanitizer.displayString(message.text) + " ", row: row, column: 0,
                        style: message.isError ? .error : .message, limit: leftLimit)
        } else {
            frame.write(left, row: row, column: 0, style: .statusBar, limit: leftLimit - 1)
        }
        if showRight { frame.write(right, row: row, column: leftLimit, style: .statusBar) }
    }

    static func drawPrompt(_ prompt: Prompt, state: AppState, into frame: inout Frame) {
        let row = state.rows - 1
        var lead = prompt.kind == .search ? "/" : "Filter: "
        var note = ""
        if case .export(let articleID, let ids) = prompt.kind {
            lead = ids.map { "Export \($0.count) listed to: " } ?? (articleID == nil ? "Export all to: " : "Export article to: ")
            note = "  (.md .csv .json .jsonld)"
        }
        if prompt.kind == .search, !prompt.text.isEmpty, state.reader?.search?.current == nil { note = "  (no match)" }
        if prompt.kind == .filter { note = "  (\(state.library.visibleItems.count) of \(state.library.items.count))" }
        let end = frame.write(lead + Sanitizer.displayString(prompt.text), row: row, column: 0, style: .prompt)
        frame.put("▏", width: 1, row: row, column: end, style: .prompt)
        frame.write(note, row: row, column: end + 1, style: .meta)
    }
}

import MarginaliaCore
