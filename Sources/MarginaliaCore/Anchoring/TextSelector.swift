/// Where a passage is, stated redundantly: a scalar range, the quoted text, and the text around it.
public struct TextSelector: Hashable, Sendable, Codable {
    /// How many scalars of context are kept on each side.
    public static let contextLength = 32

    /// The first scalar of the passage.
    public var start: Int
    /// One past the last scalar of the passage.
    public var end: Int
    /// The passage's text.
    public var quote: String
    /// Up to `contextLength` scalars before the passage.
    public var prefix: String
    /// Up to `contextLength` scalars after the passage.
    public var suffix: String

    /// Creates a selector from its parts.
    public init(start: Int, end: Int, quote: String, prefix: String, suffix: String) {
        self.start = start
        self.end = end
        self.quote = quote
        self.prefix = prefix
        self.suffix = suffix
    }

    /// The selector of a scalar range of a text, widened so that it never splits a grapheme cluster.
    ///
    /// Throws if the range is empty or outside the text.
    public init(text: ScalarText, range: Range<Int>) throws(AnchoringError) {
        guard range.lowerBound >= 0, range.upperBound <= text.count else {
            throw .rangeOutOfBounds(range, length: text.count)
        }
        guard !range.isEmpty else { throw .emptyRange(range.lowerBound) }
        let snapped = text.snappedToGraphemes(range)
        self.init(exactly: snapped, in: text)
    }

    /// The selector of a range that is known to lie on grapheme boundaries.
    init(exactly range: Range<Int>, in text: ScalarText) {
        start = range.lowerBound
        end = range.upperBound
        quote = text.string(range)
        prefix = text.string(max(0, start - Self.contextLength)..<start)
        suffix = text.string(end..<min(text.count, end + Self.contextLength))
    }

    /// Convenience: the selector of a scalar range of a string.
    public init(text: String, range: Range<Int>) throws(AnchoringError) {
        try self.init(text: ScalarText(text), range: range)
    }
}
