/// Where a selector was found in a text.
public enum AnchorResult: Hashable, Sendable {
    /// The quote itself, at this range.
    case exact(Range<Int>)
    /// Text close to the quote (this many edits away), at this range.
    case fuzzy(Range<Int>, distance: Int)
    /// Nothing close enough.
    case notFound

    /// The range found, if any.
    public var range: Range<Int>? {
        switch self {
        case .exact(let range), .fuzzy(let range, _): range
        case .notFound: nil
        }
    }
}
