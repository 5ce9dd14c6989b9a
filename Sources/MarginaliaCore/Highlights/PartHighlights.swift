/// The annotations of one part, indexed by position, so that a frame finds what covers the lines it draws in
/// O(log n + k) even with thousands of annotations.
public struct PartHighlights: Hashable, Sendable {
    /// The annotations, sorted by start (then by end, longest first).
    public let annotations: [Annotation]
    /// Each annotation's order of creation (its index in the article's list): later is more recent.
    private let order: [Int]
    /// `maxEnd[i]` is the largest end among `annotations[0...i]`: lets a query skip what ends too early.
    private let maxEnd: [Int]

    /// Indexes annotations (already of one part, anchored) with their creation order.
    init(_ entries: [(annotation: Annotation, order: Int)]) {
        let sorted = entries.sorted {
            ($0.annotation.start, -$0.annotation.end, $0.order) < ($1.annotation.start, -$1.annotation.end, $1.order)
        }
        annotations = sorted.map(\.annotation)
        order = sorted.map(\.order)
        var running = Int.min
        maxEnd = sorted.map { entry in
            running = max(running, entry.annotation.end)
            return running
        }
    }

    /// The indexes (into `annotations`) of those overlapping `range`; an empty range asks what contains it.
    private func indexes(overlapping range: Range<Int>) -> [Int] {
        guard !annotations.isEmpty else { return [] }
        // The first annotation whose running maximum end passes the range's start: none before it reaches.
        var low = 0
        var high = annotations.count
        while low < high {
            let mid = (low + high) / 2
            if maxEnd[mid] > range.lowerBound { high = mid } else { low = mid + 1 }
        }
        var result: [Int] = []
        var index = low
        let empty = range.isEmpty
        while index < annotations.count {
            let annotation = annotations[index]
            if empty ? annotation.start > range.lowerBound : annotation.start >= range.upperBound { break }
            if annotation.end > range.lowerBound { result.append(index) }
            index += 1
        }
        return result
    }

    /// The annotations overlapping a range (or containing an offset, for an empty range), oldest first.
    public func annotations(overlapping range: Range<Int>) -> [Annotation] {
        indexes(overlapping: range).sorted { order[$0] < order[$1] }.map { annotations[$0] }
    }

    /// The highlighted stretches inside `range`, in order, adjacent stretches that look the same merged.
    public func runs(in range: Range<Int>, tags: TagSet) -> [HighlightRun] {
        let hits = indexes(overlapping: range)
        guard !hits.isEmpty else { return [] }
        var cuts: Set<Int> = [range.lowerBound, range.upperBound]
        for index in hits {
            let annotation = annotations[index]
            if annotation.start > range.lowerBound { cuts.insert(annotation.start) }
            if annotation.end < range.upperBound { cuts.insert(annotation.end) }
        }
        let bounds = cuts.sorted()
        var runs: [HighlightRun] = []
        for (lower, upper) in zip(bounds, bounds.dropFirst()) where lower < upper {
            var top: Int?
            var depth = 0
            var endsNote = false
            for index in hits {
                let annotation = annotations[index]
                guard annotation.start <= lower, annotation.end >= upper else { continue }
                depth += 1
                if annotation.end == upper, annotation.note != nil { endsNote = true }
                if let current = top {
                    let a = annotations[current]
                    let shorter = annotation.end - annotation.start < a.end - a.start
                    let sameAndNewer = annotation.end - annotation.start == a.end - a.start && order[index] > order[current]
                    if shorter || sameAndNewer { top = index }
                } else {
                    top = index
                }
            }
            guard let top else { continue }
            let annotation = annotations[top]
            let color = annotation.tagIDs.reversed().lazy.compactMap { tags[$0]?.color }.first
            let run = HighlightRun(range: lower..<upper, annotationID: annotation.id, color: color, depth: depth,
                                   endsNote: endsNote)
            if var last = runs.last, last.range.upperBound == lower, last.annotationID == run.annotationID,
               last.color == run.color, last.depth == run.depth, !last.endsNote {
                last.range = last.range.lowerBound..<upper
                last.endsNote = run.endsNote
                runs[runs.count - 1] = last
            } else {
                runs.append(run)
            }
        }
        return runs
    }
}
