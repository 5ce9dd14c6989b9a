/// A part's canonical text as an array of Unicode scalar values, indexable in O(1) by scalar offset.
public struct ScalarText: Hashable, Sendable {
    /// The scalar values, in order.
    public let scalars: [UInt32]

    /// Splits a string into its Unicode scalars.
    public init(_ string: String) {
        var scalars: [UInt32] = []
        scalars.reserveCapacity(string.utf8.count)
        for scalar in string.unicodeScalars { scalars.append(scalar.value) }
        self.scalars = scalars
    }

    /// Wraps scalar values that are already split.
    public init(scalars: [UInt32]) {
        self.scalars = scalars
    }

    /// The number of scalars.
    public var count: Int { scalars.count }

    /// The text of a scalar range (clamped to the text).
    public func string(_ range: Range<Int>) -> String {
        let clamped = range.clamped(to: 0..<scalars.count)
        var view = String.UnicodeScalarView()
        for value in scalars[clamped] {
            if let scalar = Unicode.Scalar(value) { view.append(scalar) }
        }
        return String(view)
    }

    /// The range widened so that it neither starts nor ends inside a grapheme cluster.
    public func snappedToGraphemes(_ range: Range<Int>) -> Range<Int> {
        let clamped = range.clamped(to: 0..<scalars.count)
        // Grapheme clusters never span a line feed, so only the lines around the range need segmenting.
        var lineStart = clamped.lowerBound
        while lineStart > 0, scalars[lineStart - 1] != 0x0A { lineStart -= 1 }
        var lineEnd = clamped.upperBound
        while lineEnd < scalars.count, scalars[lineEnd] != 0x0A { lineEnd += 1 }
        let segment = string(lineStart..<lineEnd)
        var lower = lineStart
        var upper = lineEnd
        var offset = lineStart
        var reachedUpper = false
        for character in segment {
            if offset <= clamped.lowerBound { lower = offset }
            if offset >= clamped.upperBound {
                upper = offset
                reachedUpper = true
                break
            }
            offset += character.unicodeScalars.count
        }
        if !reachedUpper, offset <= clamped.lowerBound { lower = offset }
        return lower..<max(lower, upper)
    }

    /// Whether a grapheme cluster starts (or the text ends) at this scalar offset.
    public func isGraphemeBoundary(_ offset: Int) -> Bool {
        guard offset > 0, offset < scalars.count else { return offset == 0 || offset == scalars.count }
        let snapped = snappedToGraphemes(offset..<offset)
        return snapped.lowerBound == offset
    }
}
