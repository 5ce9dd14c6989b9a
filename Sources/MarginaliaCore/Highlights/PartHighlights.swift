#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The annotations of one part, indexed by position, so that a frame finds what covers the lines it draws in
/// O(log n + k) even with thousands of annotations. Kept up to date change by change (an insert or removal
/// moves array elements but sorts nothing), so tagging in a heavily annotated article stays within a frame.
public struct PartHighlights: Hashable, Sendable {
    /// The annotations, sorted by start (then by end, longest first, then by sequence).
    public private(set) var annotations: [Annotation]
    /// Each annotation's sequence number: a later one was made (or came back) more recently.
    private var order: [Int]
    /// `maxEnd[i]` is the largest end among `annotations[0...i]`: lets a query skip what ends too early.
    private var maxEnd: [Int]

    /// Indexes annotations (already of one part, anchored) with their sequence numbers.
    init(_ entries: [(annotation: Annotation, order: Int)]) {
        let sorted = entries.sorted { Self.precedes(($0.annotation.start, $0.annotation.end, $0.order), ($1.annotation.start, $1.annotation.end, $1.order)) }
        annotations = sorted.map(\.annotation)
        order = sorted.map(\.order)
        maxEnd = []
        recomputeMaxEnd(from: 0)
    }

    /// Whether an index is empty.
    public var isEmpty: Bool { annotations.isEmpty }

    private static func precedes(_ a: (start: Int, end: Int, order: Int), _ b: (start: Int, end: Int, order: Int)) -> Bool {
        if a.start != b.start { return a.start < b.start }
        if a.end != b.end { return a.end > b.end }
        return a.order < b.order
    }

    private mutating func recomputeMaxEnd(from index: Int) {
        if maxEnd.count > annotations.count { maxEnd.removeLast(maxEnd.count - annotations.count) }
        while maxEnd.count < annotations.count { maxEnd.append(0) }
        var running = index > 0 ? maxEnd[index - 1] : Int.min
        for i in index..<annotations.count {
            running = max(running, annotations[i].end)
            maxEnd[i] = running
        }
    }

    /// Adds an annotation with its sequence number.
    mutating func insert(_ annotation: Annotation, order sequence: Int) {
        let key = (annotation.start, annotation.end, sequence)
        var low = 0
        var high = annotations.count
        while low < high {
            let mid = (low + high) / 2
            if Self.precedes((annotations[mid].start, annotations[mid].end, order[mid]), key) { low = mid + 1 } else { high = mid }
        }
        annotations.insert(annotation, at: low)
        order.insert(sequence, at: low)
        maxEnd.insert(0, at: low)
        recomputeMaxEnd(from: low)
    }

    /// Removes the annotation with this id; returns its sequence number, or nil if it is not here.
    @discardableResult
    mutating func remove(id: UUID) -> Int? {
        guard let index = annotations.firstIndex(where: { $0.id == id }) else { return nil }
        annotations.remove(at: index)
        let sequence = order.remove(at: index)
        maxEnd.remove(at: index)
        recomputeMaxEnd(from: index)
        return sequence
    }

    /// Replaces the annotation with the same id (moving it if its range changed); false if it is not here.
    mutating func replace(_ annotation: Annotation) -> Bool {
        guard let index = annotations.firstIndex(where: { $0.id == annotation.id }) else { return false }
        if annotations[index].start == annotation.start && annotations[index].end == annotation.end {
            annotations[index] = annotation
            return true
        }
        let sequence = order[index]
        remove(id: annotation.id)
        insert(annotation, order: sequence)
        return true
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
