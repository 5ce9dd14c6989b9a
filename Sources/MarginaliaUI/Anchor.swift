/// A position in a document that does not depend on the terminal width: a segment and a Unicode-scalar
/// offset in its text. The viewport's top line is stored this way, so a resize keeps the same passage at
/// the top; the blank line after a segment has offset `Line.spacerOffset`.
public struct Anchor: Hashable, Sendable, Comparable {
    /// The segment index.
    public var segment: Int
    /// Scalar offset inside the segment's text.
    public var offset: Int

    /// Creates an anchor.
    public init(segment: Int, offset: Int) {
        self.segment = segment
        self.offset = offset
    }

    /// The start of the document.
    public static let start = Anchor(segment: 0, offset: 0)

    public static func < (lhs: Anchor, rhs: Anchor) -> Bool {
        (lhs.segment, lhs.offset) < (rhs.segment, rhs.offset)
    }
}
