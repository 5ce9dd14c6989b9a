import MarginaliaCore

/// Where passages are on screen: maps the passage cursor to the view and document lines showing it, keeps it
/// visible, and keeps it on screen when the view scrolls.
enum CursorPlacement {
    /// The view that shows a part.
    static func view(of part: PartID) -> ReaderView { part == .body ? .article : .comments }

    /// The segment source and offset inside the block of a part offset.
    static func source(of part: PartID, offset: Int, passages: ArticlePassages) -> (source: SegmentSource, offset: Int)? {
        guard let text = passages.text(of: part), !text.blocks.isEmpty else { return nil }
        let block = text.blockIndex(containing: offset)
        return (.block(part, block), max(0, min(offset - text.blockStarts[block], text.blockLengths[block])))
    }

    /// Shows the part a passage offset is in (switching views, expanding collapsed comments) and scrolls the
    /// least needed to bring it on screen.
    static func reveal(_ part: PartID, offset: Int, in state: inout AppState) {
        guard var reader = state.reader,
              let (source, inBlock) = source(of: part, offset: offset, passages: reader.annotating.passages)
        else { return }
        reader.view = view(of: part)
        if case .comment(let id) = part, let node = reader.comments.tree.index(of: id) {
            state.reader = reader
            CommentsReducer.reveal(node, in: &state)
            reader = state.reader!
            reader.comments.selected = node
        }
        let geometry = state.geometry
        let document = reader.document
        if let segment = document.segmentIndex(for: source) {
            let anchor = document.normalized(Anchor(segment: segment, offset: inBlock), columnWidth: geometry.columnWidth)
            reader.top = ReaderReducer.scrolledToShow(anchor, top: reader.top, document: document, geometry: geometry)
        }
        state.reader = reader
    }

    /// Brings the cursor (or the selection's moving end) on screen.
    static func revealCursor(in state: inout AppState) {
        guard let annotating = state.reader?.annotating else { return }
        if let selection = annotating.selection {
            let offset = selection.headIsEnd ? max(selection.anchor, selection.head - 1) : selection.head
            reveal(selection.part, offset: offset, in: &state)
        } else if let cursor = annotating.cursor {
            reveal(cursor.part, offset: cursor.range.lowerBound, in: &state)
        }
    }

    /// After scrolling or switching views: if the cursor is not on screen any more, it moves to the first
    /// sentence that starts on screen (the last one when scrolling up), so it never leaves the screen.
    static func followScreen(in state: inout AppState, upward: Bool = false) {
        guard var reader = state.reader, reader.annotating.selection == nil else { return }
        let geometry = state.geometry
        let document = reader.document
        let lines = document.visibleLines(from: reader.top, count: geometry.bodyRows, columnWidth: geometry.columnWidth)
        var shown: [(part: PartID, range: Range<Int>)] = []
        for (segment, line) in lines where !line.isSpacer {
            guard case .block(let part, let block) = document.segments[segment].source,
                  let text = reader.annotating.passages.text(of: part) else { continue }
            let start = text.blockStarts[block]
            shown.append((part, (start + line.start)..<(start + line.end)))
        }
        if let cursor = reader.annotating.cursor,
           shown.contains(where: { $0.part == cursor.part && $0.range.contains(cursor.range.lowerBound) }) {
            return
        }
        // The first (or last) sentence that starts on a shown line. A block's sentences are found once per
        // call (several shown lines share a block), which keeps scrolling through long paragraphs cheap.
        let ordered = upward ? shown.reversed() : shown
        var segmented: [PartID: [Int: [Range<Int>]]] = [:]
        for (part, range) in ordered {
            guard let text = reader.annotating.passages.text(of: part) else { continue }
            let block = text.blockIndex(containing: range.lowerBound)
            let all = segmented[part]?[block] ?? text.sentences(inBlock: block)
            segmented[part, default: [:]][block] = all
            let sentences = all.filter { range.contains($0.lowerBound) || $0.lowerBound == range.upperBound && range.isEmpty }
            if let sentence = upward ? sentences.last : sentences.first {
                reader.annotating.cursor = PassageCursor(part: part, range: sentence)
                state.reader = reader
                return
            }
        }
    }
}
