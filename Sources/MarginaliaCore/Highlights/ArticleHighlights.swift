/// An article's anchored annotations indexed per part, for drawing highlights and naming the tags under the
/// cursor. Orphaned annotations have no place in the text and are left out (the annotation lists show them).
public struct ArticleHighlights: Hashable, Sendable {
    /// The index of each part that has annotations.
    public let parts: [PartID: PartHighlights]

    /// Indexes an article's annotations (in the order they were made).
    public init(_ annotations: [Annotation]) {
        var grouped: [PartID: [(annotation: Annotation, order: Int)]] = [:]
        for (order, annotation) in annotations.enumerated() where !annotation.isOrphaned && annotation.end > annotation.start {
            grouped[annotation.part, default: []].append((annotation, order))
        }
        parts = grouped.mapValues(PartHighlights.init)
    }

    /// No annotations.
    public static let empty = ArticleHighlights([])

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
