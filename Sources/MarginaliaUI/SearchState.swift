/// A match found by search: where it is (a segment source) and its scalar range there.
public struct SearchHit: Hashable, Sendable {
    /// The text the match is in.
    public var source: SegmentSource
    /// Scalar offsets of the match in that text.
    public var range: Range<Int>

    /// Creates a hit.
    public init(source: SegmentSource, range: Range<Int>) {
        self.source = source
        self.range = range
    }
}

/// The active search of the reader: its pattern and the match the user is on.
public struct SearchState: Equatable, Sendable {
    /// The compiled pattern (highlighted everywhere on screen).
    public var pattern: SearchPattern
    /// The current match, if any.
    public var current: SearchHit?

    /// Creates a search state.
    public init(pattern: SearchPattern, current: SearchHit? = nil) {
        self.pattern = pattern
        self.current = current
    }
}

/// Searches an ordered list of texts (segments, or every comment whether shown or not), wrapping around.
struct SearchScan {
    /// The number of texts.
    let count: Int
    /// The source and text of item `i`.
    let item: (Int) -> (source: SegmentSource, text: String)

    /// The next match at or after (item, offset), wrapping to the start; `wrapped` tells whether it did.
    func forward(_ pattern: SearchPattern, from start: Int, offset: Int) -> (hit: SearchHit, item: Int, wrapped: Bool)? {
        guard count > 0 else { return nil }
        let first = min(max(0, start), count - 1)
        for step in 0...count {
            let i = (first + step) % count
            let (source, text) = item(i)
            let from = step == 0 ? offset : 0
            if step == count {
                // Back at the start item: only matches before the original offset remain.
                if let range = pattern.firstMatch(in: text), range.lowerBound < offset {
                    return (SearchHit(source: source, range: range), i, true)
                }
                return nil
            }
            if let range = pattern.firstMatch(in: text, from: from) {
                return (SearchHit(source: source, range: range), i, first + step >= count)
            }
        }
        return nil
    }

    /// The previous match starting before (item, offset), wrapping to the end.
    func backward(_ pattern: SearchPattern, from start: Int, offset: Int) -> (hit: SearchHit, item: Int, wrapped: Bool)? {
        guard count > 0 else { return nil }
        let first = min(max(0, start), count - 1)
        for step in 0...count {
            let i = ((first - step) % count + count) % count
            let (source, text) = item(i)
            if step == count {
                if let range = pattern.lastMatch(in: text), range.lowerBound >= offset {
                    return (SearchHit(source: source, range: range), i, true)
                }
                return nil
            }
            let before = step == 0 ? offset : Int.max
            if let range = pattern.lastMatch(in: text, before: before) {
                return (SearchHit(source: source, range: range), i, first - step < 0)
            }
        }
        return nil
    }
}
