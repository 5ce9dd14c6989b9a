/// The passage cursor: a range in one part, normally a sentence (after a jump to an annotation, its passage).
public struct PassageCursor: Hashable, Sendable {
    /// The part it is in.
    public var part: PartID
    /// The scalar range in the part's canonical text.
    public var range: Range<Int>

    /// Creates a cursor.
    public init(part: PartID, range: Range<Int>) {
        self.part = part
        self.range = range
    }
}

extension ArticlePassages {
    /// The first sentence of the article (of its body, or of the first comment when the body is empty).
    public func firstSentence() -> PassageCursor? {
        for part in parts {
            if let cursor = firstSentence(of: part, fromBlock: 0) { return cursor }
        }
        return nil
    }

    /// The first sentence of a part.
    public func firstSentence(in part: PartID) -> PassageCursor? {
        text(of: part).flatMap { firstSentence(of: $0, fromBlock: 0) }
    }

    /// The sentence holding an offset of a part (or the nearest one).
    public func sentence(in part: PartID, at offset: Int) -> PassageCursor? {
        guard let text = text(of: part), let range = text.sentence(at: offset) else { return nil }
        return PassageCursor(part: part, range: range)
    }

    /// The next sentence after the cursor, continuing into the following parts; nil at the end.
    public func nextSentence(after cursor: PassageCursor) -> PassageCursor? {
        guard let partIndex = index(of: cursor.part) else { return firstSentence() }
        let text = parts[partIndex]
        for block in text.blockIndex(containing: cursor.range.lowerBound)..<text.blocks.count {
            if let next = text.sentences(inBlock: block).first(where: { $0.lowerBound >= cursor.range.upperBound }) {
                return PassageCursor(part: cursor.part, range: next)
            }
        }
        for next in parts[(partIndex + 1)...] {
            if let found = firstSentence(of: next, fromBlock: 0) { return found }
        }
        return nil
    }

    /// The sentence before the cursor, continuing into the preceding parts; nil at the start.
    public func previousSentence(before cursor: PassageCursor) -> PassageCursor? {
        guard let partIndex = index(of: cursor.part) else { return firstSentence() }
        let text = parts[partIndex]
        for block in stride(from: text.blockIndex(containing: cursor.range.lowerBound), through: 0, by: -1) {
            if let previous = text.sentences(inBlock: block).last(where: { $0.lowerBound < cursor.range.lowerBound }) {
                return PassageCursor(part: cursor.part, range: previous)
            }
        }
        for previous in parts[..<partIndex].reversed() {
            if let found = lastSentence(of: previous) { return found }
        }
        return nil
    }

    /// The first sentence of the next paragraph (block), continuing into the following parts; nil at the end.
    public func nextParagraph(after cursor: PassageCursor) -> PassageCursor? {
        guard let partIndex = index(of: cursor.part) else { return firstSentence() }
        let text = parts[partIndex]
        let block = text.blockIndex(containing: max(cursor.range.lowerBound, cursor.range.upperBound - 1))
        if let found = firstSentence(of: text, fromBlock: block + 1) { return found }
        for next in parts[(partIndex + 1)...] {
            if let found = firstSentence(of: next, fromBlock: 0) { return found }
        }
        return nil
    }

    /// The first sentence of the cursor's paragraph if the cursor is past it, else of the paragraph before
    /// (continuing into the preceding parts); nil at the start.
    public func previousParagraph(before cursor: PassageCursor) -> PassageCursor? {
        guard let partIndex = index(of: cursor.part) else { return firstSentence() }
        let text = parts[partIndex]
        var block = text.blockIndex(containing: cursor.range.lowerBound)
        if let first = text.sentences(inBlock: block).first, first.lowerBound < cursor.range.lowerBound {
            return PassageCursor(part: cursor.part, range: first)
        }
        while block > 0 {
            block -= 1
            if let first = text.sentences(inBlock: block).first { return PassageCursor(part: cursor.part, range: first) }
        }
        for previous in parts[..<partIndex].reversed() {
            for block in stride(from: previous.blocks.count - 1, through: 0, by: -1) {
                if let first = previous.sentences(inBlock: block).first {
                    return PassageCursor(part: previous.part, range: first)
                }
            }
        }
        return nil
    }

    private func firstSentence(of text: PartText, fromBlock start: Int) -> PassageCursor? {
        guard start < text.blocks.count else { return nil }
        for block in start..<text.blocks.count {
            if let first = text.sentences(inBlock: block).first { return PassageCursor(part: text.part, range: first) }
        }
        return nil
    }

    private func lastSentence(of text: PartText) -> PassageCursor? {
        for block in stride(from: text.blocks.count - 1, through: 0, by: -1) {
            if let last = text.sentences(inBlock: block).last { return PassageCursor(part: text.part, range: last) }
        }
        return nil
    }
}
