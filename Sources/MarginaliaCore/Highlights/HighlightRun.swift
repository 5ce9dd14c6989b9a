#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// How one stretch of text is highlighted: the colour of the annotation on top, and marks that keep
/// overlapping annotations and notes visible.
///
/// Rules (the reader and tests rely on them): the annotation on top is the innermost (the shortest), and of
/// equally long ones the most recently made; its colour is the colour of its most recently added tag. Where
/// two or more annotations overlap the text is also underlined, so an annotation inside another stays
/// distinct even in the same colour. The stretch that ends an annotation with a note carries the note mark.
public struct HighlightRun: Hashable, Sendable {
    /// The scalar range in the part's canonical text.
    public var range: Range<Int>
    /// The annotation on top.
    public var annotationID: UUID
    /// The colour to draw it in; nil for an annotation without tags (a note only).
    public var color: TagColor?
    /// How many annotations cover this stretch.
    public var depth: Int
    /// Whether an annotation with a note ends here (the reader marks the end of the passage).
    public var endsNote: Bool

    /// Creates a run.
    public init(range: Range<Int>, annotationID: UUID, color: TagColor?, depth: Int, endsNote: Bool) {
        self.range = range
        self.annotationID = annotationID
        self.color = color
        self.depth = depth
        self.endsNote = endsNote
    }

    /// Whether annotations overlap here (drawn underlined).
    public var isOverlap: Bool { depth > 1 }
}
