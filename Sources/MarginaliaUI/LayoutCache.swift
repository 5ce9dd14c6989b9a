/// Remembers the wrapped lines of segments at one width, so a frame only lays out what it shows.
///
/// A reference type on purpose: layout is a pure function of (segment, width), so caching it does not
/// change the value semantics of the state that holds it. The cache is bounded and simply starts over
/// when full, which keeps memory flat when someone pages through a very long article.
public final class LayoutCache: @unchecked Sendable {
    private var width = -1
    private var lines: [Int: [Line]] = [:]
    /// The lowest top of screen per screen height (the end of the document does not move at one width).
    private var maximumTops: [Int: Anchor] = [:]
    /// Segments kept before the cache starts over.
    static let capacity = 4096

    /// An empty cache.
    public init() {}

    /// The cached lines of a segment at a width, computing them with `make` on a miss.
    func lines(segment: Int, width: Int, make: () -> [Line]) -> [Line] {
        if width != self.width { reset(width) }
        if let cached = lines[segment] { return cached }
        if lines.count >= LayoutCache.capacity { lines.removeAll(keepingCapacity: true) }
        let made = make()
        lines[segment] = made
        return made
    }

    /// The cached lowest top for a height at a width, computing it with `make` on a miss.
    func maximumTop(height: Int, width: Int, make: () -> Anchor) -> Anchor {
        if width != self.width { reset(width) }
        if let cached = maximumTops[height] { return cached }
        let made = make()
        maximumTops[height] = made
        return made
    }

    private func reset(_ width: Int) {
        self.width = width
        lines.removeAll(keepingCapacity: true)
        maximumTops.removeAll()
    }

    /// How many segments are laid out at the moment (for tests and benchmarks).
    public var cachedSegmentCount: Int { lines.count }
}
