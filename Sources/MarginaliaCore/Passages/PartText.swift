/// One part of an article (the body or a comment) as blocks with their scalar offsets in the part's canonical
/// text, so that sentences, words and quotes are found by looking at one or two blocks, never the whole part.
public struct PartText: Hashable, Sendable {
    /// Which part this is.
    public let part: PartID
    /// The part's blocks' texts, in order.
    public let blocks: [String]
    /// Where each block starts in the part's canonical text (scalar offset).
    public let blockStarts: [Int]
    /// Each block's length in scalars.
    public let blockLengths: [Int]
    /// The blocks' sentences found so far (not part of the value: see `SentenceCache`).
    let sentenceCache = SentenceCache()

    /// Lays out a part's blocks.
    public init(part: PartID, blocks: [Block]) {
        self.part = part
        var texts: [String] = []
        var starts: [Int] = []
        var lengths: [Int] = []
        texts.reserveCapacity(blocks.count)
        starts.reserveCapacity(blocks.count)
        lengths.reserveCapacity(blocks.count)
        var offset = 0
        for block in blocks {
            let length = block.text.unicodeScalars.count
            texts.append(block.text)
            starts.append(offset)
            lengths.append(length)
            offset += length + CanonicalText.blockSeparator.unicodeScalars.count
        }
        self.blocks = texts
        blockStarts = starts
        blockLengths = lengths
    }

    /// Equal when the part and its blocks are (the sentence cache is left out).
    public static func == (a: PartText, b: PartText) -> Bool {
        a.part == b.part && a.blockStarts == b.blockStarts && a.blockLengths == b.blockLengths && a.blocks == b.blocks
    }

    /// Hashes the part and its blocks (the sentence cache is left out).
    public func hash(into hasher: inout Hasher) {
        hasher.combine(part)
        hasher.combine(blocks)
        hasher.combine(blockStarts)
        hasher.combine(blockLengths)
    }

    /// The canonical text's length in scalars.
    public var length: Int {
        guard let last = blockStarts.last, let lastLength = blockLengths.last else { return 0 }
        return last + lastLength
    }

    /// The scalar range of block `index`.
    public func blockRange(_ index: Int) -> Range<Int> { blockStarts[index]..<(blockStarts[index] + blockLengths[index]) }

    /// The block holding `offset`: the last block starting at or before it (offsets in a separator belong to
    /// the block before it).
    public func blockIndex(containing offset: Int) -> Int {
        guard !blockStarts.isEmpty else { return 0 }
        var low = 0
        var high = blockStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if blockStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// The sentences of block `index`, in part offsets (segmented once per block, then cached).
    public func sentences(inBlock index: Int) -> [Range<Int>] {
        sentenceCache.sentences(ofBlock: index) {
            SentenceSegmenter.sentences(in: blocks[index], base: blockStarts[index])
        }
    }

    /// The words of block `index`, in part offsets.
    public func words(inBlock index: Int) -> [Range<Int>] {
        WordSegmenter.words(in: blocks[index], base: blockStarts[index])
    }

    /// The sentence holding `offset`, or else the first one after it, or else the last one before it.
    public func sentence(at offset: Int) -> Range<Int>? {
        guard !blocks.isEmpty else { return nil }
        let home = blockIndex(containing: offset)
        for index in home..<blocks.count {
            if let found = sentences(inBlock: index).first(where: { $0.upperBound > offset }) { return found }
        }
        for index in stride(from: home, through: 0, by: -1) {
            if let found = sentences(inBlock: index).last { return found }
        }
        return nil
    }

    /// The text of a range (clamped to the part), separators included.
    public func string(_ range: Range<Int>) -> String {
        guard !blocks.isEmpty, !range.isEmpty else { return "" }
        let first = blockIndex(containing: range.lowerBound)
        let last = blockIndex(containing: max(range.lowerBound, range.upperBound - 1))
        var result = String.UnicodeScalarView()
        for index in first...last {
            if index > first { result.append(contentsOf: CanonicalText.blockSeparator.unicodeScalars) }
            let block = blockRange(index)
            let lower = max(range.lowerBound, block.lowerBound) - block.lowerBound
            let upper = min(range.upperBound, block.upperBound) - block.lowerBound
            guard lower < upper else { continue }
            let scalars = blocks[index].unicodeScalars
            let from = scalars.index(scalars.startIndex, offsetBy: lower)
            let to = scalars.index(from, offsetBy: upper - lower)
            result.append(contentsOf: scalars[from..<to])
        }
        return String(result)
    }

    /// The redundant selector (quote, prefix, suffix) of a range, built from the blocks around it only, so that
    /// tagging in a very long article does not convert the whole part. The range is widened to grapheme
    /// boundaries.
    public func selector(for range: Range<Int>) throws(AnchoringError) -> TextSelector {
        guard range.lowerBound >= 0, range.upperBound <= length else { throw .rangeOutOfBounds(range, length: length) }
        guard !range.isEmpty else { throw .emptyRange(range.lowerBound) }
        let context = TextSelector.contextLength
        let first = blockIndex(containing: max(0, range.lowerBound - context))
        let last = blockIndex(containing: min(length, range.upperBound + context))
        let base = blockStarts[first]
        let local = string(base..<(blockStarts[last] + blockLengths[last]))
        var selector = try TextSelector(text: local, range: (range.lowerBound - base)..<(range.upperBound - base))
        selector.start += base
        selector.end += base
        return selector
    }

    /// A range with its ends moved out to whole words (and white space at its ends dropped).
    public func snappedToWords(_ range: Range<Int>) -> Range<Int> {
        guard !blocks.isEmpty else { return range }
        let lowerBlock = blockIndex(containing: range.lowerBound)
        let upperBlock = blockIndex(containing: max(range.lowerBound, range.upperBound - 1))
        var words = self.words(inBlock: lowerBlock)
        if upperBlock != lowerBlock {
            // Only the first block's first word and the last block's last word matter beyond the ends.
            words += self.words(inBlock: upperBlock)
        }
        let snapped = WordSegmenter.snapped(range, words: words)
        return snapped.isEmpty ? range : snapped
    }
}
