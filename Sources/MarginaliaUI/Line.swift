/// One screen line of a laid-out segment: a range of the segment's text, or the blank line after it.
public struct Line: Equatable, Sendable {
    /// Unicode-scalar offset of the first character in the segment's text (`Line.spacerOffset` for a blank).
    public var start: Int
    /// Offset just past the last character shown.
    public var end: Int
    /// Index of the first character in the segment's text.
    public var startIndex: String.Index
    /// Index just past the last character shown.
    public var endIndex: String.Index
    /// Whether this is the segment's first line (it gets the first-line prefix).
    public var isFirst: Bool

    /// The offset given to the blank line that follows a segment: after every real offset.
    public static let spacerOffset = Int.max

    /// Whether this is the blank line after a segment.
    public var isSpacer: Bool { start == Line.spacerOffset }
}
