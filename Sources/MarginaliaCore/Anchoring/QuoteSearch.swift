/// Finds where a typed quote occurs in a part's text, for creating annotations by quote (the CLI's
/// `annotate --quote`).
public enum QuoteSearch {
    /// One occurrence of a quote: its scalar range, and the block it starts in with the offset there.
    public struct Occurrence: Hashable, Sendable {
        /// The scalar range in the part's canonical text.
        public var range: Range<Int>
        /// The index of the block the occurrence starts in.
        public var block: Int
        /// The scalar offset of the occurrence within that block.
        public var offset: Int
    }

    /// Every occurrence of `quote` in the canonical text of `blocks`, in order (overlapping ones included).
    public static func occurrences(of quote: String, in blocks: [Block]) -> [Occurrence] {
        let pattern = ScalarText(quote).scalars
        guard !pattern.isEmpty else { return [] }
        let text = ScalarText(CanonicalText.of(blocks))
        let starts = CanonicalText.blockStarts(blocks)
        var block = 0
        return TextSearch.occurrences(of: pattern, in: text.scalars, limit: 10_000).map { start in
            while block + 1 < starts.count, starts[block + 1] <= start { block += 1 }
            return Occurrence(range: start..<(start + pattern.count), block: block, offset: start - (starts.isEmpty ? 0 : starts[block]))
        }
    }
}
