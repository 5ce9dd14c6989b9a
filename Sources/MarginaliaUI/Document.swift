import MarginaliaCore

/// A sequence of segments laid out lazily at a column width: the article or the comment thread as screen
/// lines. Only segments that a frame or a scroll touches are ever wrapped, so a keystroke costs the same on
/// a short article and a 100 MB one.
public struct Document: Equatable, Sendable {
    /// The segments, in reading order.
    public let segments: [Segment]
    /// For each segment, the UTF-8 length of everything before it (reading progress in percent).
    private let progressStarts: [Int]
    /// Total UTF-8 length.
    private let totalLength: Int
    /// Where each non-body source is (titles, headers, comment blocks); body blocks are found arithmetically.
    private let index: [SegmentSource: Int]
    /// The segment of body block 0, if the body's blocks are numbered in order from there.
    private let bodyStart: Int?
    /// The wrapped-line cache (not part of the value: layout is a pure function of segments and width).
    let cache = LayoutCache()

    /// Builds a document from segments.
    public init(segments: [Segment]) {
        self.segments = segments
        var starts: [Int] = []
        starts.reserveCapacity(segments.count)
        var total = 0
        var index: [SegmentSource: Int] = [:]
        var bodyStart: Int? = nil
        for (i, segment) in segments.enumerated() {
            starts.append(total)
            total += segment.text.utf8.count + 1
            if case .block(.body, let block) = segment.source {
                if bodyStart == nil, block == 0 { bodyStart = i }
                continue
            }
            index[segment.source] = i
        }
        progressStarts = starts
        totalLength = max(1, total)
        self.index = index
        self.bodyStart = bodyStart
    }

    public static func == (lhs: Document, rhs: Document) -> Bool { lhs.segments == rhs.segments }

    /// Whether the document has no segments at all.
    public var isEmpty: Bool { segments.isEmpty }

    /// The segment showing a source, if the document shows it.
    public func segmentIndex(for source: SegmentSource) -> Int? {
        if case .block(.body, let block) = source, let bodyStart {
            let i = bodyStart + block
            return i < segments.count && segments[i].source == source ? i : nil
        }
        return index[source]
    }

    // MARK: Layout

    /// The wrapped lines of a segment in a reading column `columnWidth` wide (a blank line follows when the
    /// segment asks for one and is not the last).
    public func lines(of segment: Int, columnWidth: Int) -> [Line] {
        cache.lines(segment: segment, width: columnWidth) {
            let s = segments[segment]
            let prefix = max(DisplayWidth.ofPrefix(s.firstPrefix), DisplayWidth.ofPrefix(s.continuationPrefix))
            var lines = LineBreaker.wrap(s.text, width: columnWidth - s.indent - prefix)
            if s.spaceAfter && segment < segments.count - 1 {
                lines.append(
                    Line(start: Line.spacerOffset, end: Line.spacerOffset, startIndex: s.text.endIndex,
                         endIndex: s.text.endIndex, isFirst: false))
            }
            return lines
        }
    }

    /// The index of the line holding `anchor` (the last line starting at or before its offset).
    func lineIndex(_ anchor: Anchor, columnWidth: Int) -> Int {
        let lines = lines(of: anchor.segment, columnWidth: columnWidth)
        var low = 0
        var high = lines.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lines[mid].start <= anchor.offset { low = mid } else { high = mid - 1 }
        }
        return low
    }

    /// The anchor moved to the start of its line (a valid top of screen).
    public func normalized(_ anchor: Anchor, columnWidth: Int) -> Anchor {
        guard !segments.isEmpty else { return .start }
        let segment = min(max(0, anchor.segment), segments.count - 1)
        let lines = lines(of: segment, columnWidth: columnWidth)
        let i = lineIndex(Anchor(segment: segment, offset: anchor.offset), columnWidth: columnWidth)
        return Anchor(segment: segment, offset: lines[i].start)
    }

    /// The next line's anchor, or nil at the last line.
    public func next(_ anchor: Anchor, columnWidth: Int) -> Anchor? {
        let lines = lines(of: anchor.segment, columnWidth: columnWidth)
        let i = lineIndex(anchor, columnWidth: columnWidth)
        if i + 1 < lines.count { return Anchor(segment: anchor.segment, offset: lines[i + 1].start) }
        if anchor.segment + 1 < segments.count { return Anchor(segment: anchor.segment + 1, offset: 0) }
        return nil
    }

    /// The previous line's anchor, or nil at the first line.
    public func previous(_ anchor: Anchor, columnWidth: Int) -> Anchor? {
        let i = lineIndex(anchor, columnWidth: columnWidth)
        if i > 0 {
            return Anchor(segment: anchor.segment, offset: lines(of: anchor.segment, columnWidth: columnWidth)[i - 1].start)
        }
        guard anchor.segment > 0 else { return nil }
        let before = lines(of: anchor.segment - 1, columnWidth: columnWidth)
        return Anchor(segment: anchor.segment - 1, offset: before[before.count - 1].start)
    }

    /// The anchor of the document's last line.
    public func lastLine(columnWidth: Int) -> Anchor {
        guard !segments.isEmpty else { return .start }
        let lines = lines(of: segments.count - 1, columnWidth: columnWidth)
        return Anchor(segment: segments.count - 1, offset: lines[lines.count - 1].start)
    }

    /// The lowest top of screen: the one that shows the last line on the bottom row of `height` rows.
    public func maximumTop(height: Int, columnWidth: Int) -> Anchor {
        cache.maximumTop(height: height, width: columnWidth) { computeMaximumTop(height: height, columnWidth: columnWidth) }
    }

    private func computeMaximumTop(height: Int, columnWidth: Int) -> Anchor {
        var anchor = lastLine(columnWidth: columnWidth)
        var remaining = height - 1
        while remaining > 0, let previous = previous(anchor, columnWidth: columnWidth) {
            anchor = previous
            remaining -= 1
        }
        return anchor
    }

    /// Moves a top of screen by `count` lines (negative: up), stopping at the first line and at the
    /// maximum top.
    public func scroll(_ top: Anchor, by count: Int, height: Int, columnWidth: Int) -> Anchor {
        guard !segments.isEmpty else { return .start }
        var anchor = normalized(top, columnWidth: columnWidth)
        if count > 0 {
            let limit = maximumTop(height: height, columnWidth: columnWidth)
            var moved = 0
            while moved < count, anchor < limit, let next = next(anchor, columnWidth: columnWidth) {
                anchor = next
                moved += 1
            }
            return min(anchor, max(limit, normalized(top, columnWidth: columnWidth)))
        }
        var moved = 0
        while moved < -count, let previous = previous(anchor, columnWidth: columnWidth) {
            anchor = previous
            moved += 1
        }
        return anchor
    }

    /// Up to `count` screen lines starting at `top`.
    public func visibleLines(from top: Anchor, count: Int, columnWidth: Int) -> [(segment: Int, line: Line)] {
        guard !segments.isEmpty, count > 0 else { return [] }
        var result: [(segment: Int, line: Line)] = []
        var anchor = normalized(top, columnWidth: columnWidth)
        var lines = lines(of: anchor.segment, columnWidth: columnWidth)
        var i = lineIndex(anchor, columnWidth: columnWidth)
        while result.count < count {
            result.append((anchor.segment, lines[i]))
            i += 1
            if i == lines.count {
                guard anchor.segment + 1 < segments.count else { break }
                anchor = Anchor(segment: anchor.segment + 1, offset: 0)
                lines = self.lines(of: anchor.segment, columnWidth: columnWidth)
                i = 0
            }
        }
        return result
    }

    /// Reading progress at an anchor, 0...100.
    public func percent(at anchor: Anchor) -> Int {
        guard !segments.isEmpty else { return 100 }
        let segment = min(anchor.segment, segments.count - 1)
        let offset = anchor.offset == Line.spacerOffset ? segments[segment].text.utf8.count : min(anchor.offset, segments[segment].text.utf8.count)
        return min(100, (progressStarts[segment] + offset) * 100 / totalLength)
    }
}

extension DisplayWidth {
    /// Width of a decoration prefix (short, trusted text).
    static func ofPrefix(_ text: String) -> Int { text.isEmpty ? 0 : of(text) }
}
