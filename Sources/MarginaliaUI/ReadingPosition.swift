/// Where the reader was in an article, tied to the content rather than to screen lines: a body block and a
/// Unicode-scalar offset in it, so it survives a different terminal width.
public struct ReadingPosition: Codable, Hashable, Sendable {
    /// The body block at the top of the screen; -1 for the title above the body.
    public var block: Int
    /// Scalar offset of the top line's start in that block.
    public var offset: Int
    /// Reading progress, 0...100 (shown in the library).
    public var percent: Int

    /// Creates a position.
    public init(block: Int, offset: Int, percent: Int) {
        self.block = block
        self.offset = offset
        self.percent = percent
    }
}

/// Remembers reading positions between runs; the `margin` executable wires it to the annotation store.
public protocol ReadingPositionStore {
    /// The saved position for an article, if any.
    func position(for article: String) -> ReadingPosition?
    /// Saves the position for an article.
    func save(_ position: ReadingPosition, for article: String) throws
}
