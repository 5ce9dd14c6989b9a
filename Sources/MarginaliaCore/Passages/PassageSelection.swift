/// The unit a visual selection's moving end goes by.
public enum PassageUnit: String, Hashable, Sendable, CaseIterable {
    case word
    case sentence
    case paragraph
}

/// A visual selection inside one part: a fixed end (`anchor`) and a moving end (`head`), both scalar offsets
/// on unit boundaries. The head never crosses the anchor, so the selection never becomes empty; to move the
/// other end, swap them.
public struct PassageSelection: Hashable, Sendable {
    /// The part it is in (a selection never leaves its part).
    public var part: PartID
    /// The end that stays put.
    public var anchor: Int
    /// The end that moves.
    public var head: Int

    /// Creates a selection.
    public init(part: PartID, anchor: Int, head: Int) {
        self.part = part
        self.anchor = anchor
        self.head = head
    }

    /// A selection of the cursor's passage, its head at the passage's end.
    public init(cursor: PassageCursor) {
        self.init(part: cursor.part, anchor: cursor.range.lowerBound, head: cursor.range.upperBound)
    }

    /// The raw range between the two ends.
    public var range: Range<Int> { min(anchor, head)..<max(anchor, head) }

    /// Whether the head is the selection's end (rather than its start).
    public var headIsEnd: Bool { head >= anchor }

    /// The same selection with its ends swapped.
    public var swapped: PassageSelection { PassageSelection(part: part, anchor: head, head: anchor) }
}

extension ArticlePassages {
    /// The selection with its head moved by one unit (forward: towards the end of the part). At the end of
    /// the selection the head stops at unit ends, at the start at unit starts; it never reaches the anchor.
    /// Returns the selection unchanged when there is nowhere to go.
    public func move(_ selection: PassageSelection, by unit: PassageUnit, forward: Bool) -> PassageSelection {
        guard let text = text(of: selection.part), !text.blocks.isEmpty else { return selection }
        let atEnd = selection.headIsEnd
        let head = selection.head
        func stops(_ block: Int) -> [Int] {
            switch unit {
            case .word: atEnd ? text.words(inBlock: block).map(\.upperBound) : text.words(inBlock: block).map(\.lowerBound)
            case .sentence:
                atEnd ? text.sentences(inBlock: block).map(\.upperBound) : text.sentences(inBlock: block).map(\.lowerBound)
            case .paragraph:
                text.blockLengths[block] == 0 ? [] : [atEnd ? text.blockRange(block).upperBound : text.blockStarts[block]]
            }
        }
        var found: Int?
        let home = text.blockIndex(containing: head)
        if forward {
            search: for block in home..<text.blocks.count {
                for stop in stops(block) where stop > head {
                    found = stop
                    break search
                }
            }
        } else {
            search: for block in stride(from: home, through: 0, by: -1) {
                for stop in stops(block).reversed() where stop < head {
                    found = stop
                    break search
                }
            }
        }
        guard let stop = found else { return selection }
        // Never reach or cross the anchor: the selection keeps at least one unit.
        if atEnd ? stop <= selection.anchor : stop >= selection.anchor { return selection }
        var moved = selection
        moved.head = stop
        return moved
    }

    /// The selected scalar range, snapped to whole words (and never splitting a grapheme cluster).
    public func selectedRange(_ selection: PassageSelection) -> Range<Int> {
        guard let text = text(of: selection.part) else { return selection.range }
        return text.snappedToWords(selection.range)
    }
}
