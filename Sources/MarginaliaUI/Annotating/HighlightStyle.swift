import MarginaliaCore

extension TextStyle {
    /// The style of text in a tag colour: plain, where annotations overlap, or under the passage cursor.
    static func highlight(_ color: TagColor, overlap: Bool, cursor: Bool) -> TextStyle {
        switch color {
        case .red: cursor ? .tagRedCursor : overlap ? .tagRedOverlap : .tagRed
        case .green: cursor ? .tagGreenCursor : overlap ? .tagGreenOverlap : .tagGreen
        case .yellow: cursor ? .tagYellowCursor : overlap ? .tagYellowOverlap : .tagYellow
        case .blue: cursor ? .tagBlueCursor : overlap ? .tagBlueOverlap : .tagBlue
        case .magenta: cursor ? .tagMagentaCursor : overlap ? .tagMagentaOverlap : .tagMagenta
        case .cyan: cursor ? .tagCyanCursor : overlap ? .tagCyanOverlap : .tagCyan
        case .white: cursor ? .tagWhiteCursor : overlap ? .tagWhiteOverlap : .tagWhite
        case .black: cursor ? .tagBlackCursor : overlap ? .tagBlackOverlap : .tagBlack
        }
    }
}

/// Decides the style of each character of a block on screen from the annotations, the passage cursor and
/// the visual selection. Made once per drawn segment; lookups walk forward, so a line costs O(characters).
struct AnnotationPainter {
    private let runs: [HighlightRun]
    private let cursor: Range<Int>?
    private let selection: Range<Int>?
    /// Offsets (in the block) where an annotation with a note ends.
    let noteEnds: [Int]

    /// A painter for block `block` of a part, or nil when the segment is not a block of a part.
    init?(source: SegmentSource, annotating: AnnotatingState) {
        guard case .block(let part, let block) = source, let text = annotating.passages.text(of: part),
              text.blocks.indices.contains(block) else { return nil }
        let start = text.blockStarts[block]
        let range = text.blockRange(block)
        let shift: (Range<Int>) -> Range<Int> = { ($0.lowerBound - start)..<($0.upperBound - start) }
        runs = annotating.book.highlights.runs(in: part, range: range, tags: annotating.book.tags).map {
            var run = $0
            run.range = shift($0.range)
            return run
        }
        noteEnds = runs.filter(\.endsNote).map(\.range.upperBound)
        if let selection = annotating.selection, selection.part == part {
            let selected = annotating.passages.selectedRange(selection).clamped(to: range)
            self.selection = selected.isEmpty ? nil : shift(selected)
            cursor = nil
        } else if let current = annotating.cursor, current.part == part {
            let clamped = current.range.clamped(to: range)
            cursor = clamped.isEmpty ? nil : shift(clamped)
            selection = nil
        } else {
            cursor = nil
            selection = nil
        }
    }

    /// Whether anything on this block is drawn differently from plain text.
    var isEmpty: Bool { runs.isEmpty && cursor == nil && selection == nil }

    /// The style of the character at `offset` (in the block), given its style without annotations.
    func style(at offset: Int, base: TextStyle) -> TextStyle {
        if let selection, selection.contains(offset) { return .selection }
        let inCursor = cursor?.contains(offset) == true
        if let run = run(at: offset), let color = run.color {
            return .highlight(color, overlap: run.isOverlap, cursor: inCursor)
        } else if let run = run(at: offset), run.color == nil {
            return inCursor ? .underCursor : .noteMark
        }
        return inCursor ? .underCursor : base
    }

    private func run(at offset: Int) -> HighlightRun? {
        // Few runs per block: a binary search keeps long, heavily annotated paragraphs cheap.
        var low = 0
        var high = runs.count
        while low < high {
            let mid = (low + high) / 2
            if runs[mid].range.upperBound <= offset { low = mid + 1 } else { high = mid }
        }
        return low < runs.count && runs[low].range.contains(offset) ? runs[low] : nil
    }
}
