#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// An article's anchored annotations indexed per part, for drawing highlights and naming the tags under the
/// cursor. Orphaned annotations have no place in the text and are left out (the annotation lists show them).
public struct ArticleHighlights: Hashable, Sendable {
    /// The index of each part that has annotations.
    public private(set) var parts: [PartID: PartHighlights]
    /// The sequence number the next added annotation gets (later is more recent).
    private var nextSequence: Int

    /// Indexes an article's annotations (in the order they were made).
    public init(_ annotations: [Annotation]) {
        var grouped: [PartID: [(annotation: Annotation, order: Int)]] = [:]
        for (order, annotation) in annotations.enumerated() where Self.isDrawn(annotation) {
            grouped[annotation.part, default: []].append((annotation, order))
        }
        parts = grouped.mapValues(PartHighlights.init)
        nextSequence = annotations.count
    }

    /// No annotations.
    public static let empty = ArticleHighlights([])

    /// Whether an annotation has a place in the text.
    static func isDrawn(_ annotation: Annotation) -> Bool { !annotation.isOrphaned && annotation.end > annotation.start }

    /// Indexes an annotation just made (or brought back), as the most recent.
    public mutating func add(_ annotation: Annotation) {
        guard Self.isDrawn(annotation) else { return }
        parts[annotation.part, default: PartHighlights([])].insert(annotation, order: nextSequence)
        nextSequence += 1
    }

    /// Drops an annotation from the index.
    public mutating func remove(_ annotation: Annotation) {
        parts[annotation.part]?.remove(id: annotation.id)
        if parts[annotation.part]?.isEmpty == true { parts[annotation.part] = nil }
    }

    /// Updates a changed annotation, keeping its place in the order of recency.
    public mutating func update(_ annotation: Annotation) {
        if !Self.isDrawn(annotation) {
            remove(annotation)
        } else if parts[annotation.part]?.replace(annotation) != true {
            add(annotation)
        }
    }

    /// The highlighted stretches of a range of a part.
    public func runs(in part: PartID, range: Range<Int>, tags: TagSet) -> [HighlightRun] {
        parts[part]?.runs(in: range, tags: tags) ?? []
    }

    /// The annotations overlapping a range of a part, oldest first.
    public func annotations(in part: PartID, overlapping range: Range<Int>) -> [Annotation] {
        parts[part]?.annotations(overlapping: range) ?? []
    }

    /// The names of the tags on annotations overlapping a range, each once, in the order first seen; for the
    /// status line.
    public func tagNames(in part: PartID, overlapping range: Range<Int>, tags: TagSet) -> [String] {
        var names: [String] = []
        for annotation in annotations(in: part, overlapping: range) {
            for id in annotation.tagIDs {
                if let name = tags[id]?.name, !names.contains(name) { names.append(name) }
            }
        }
        return names
    }
}
