/// Where the reader was in an article: a part, a block of it, and a scalar offset within that block.
public struct ReadingPosition: Hashable, Sendable, Codable {
    /// The body or a comment.
    public var part: PartID
    /// The index of the block within the part.
    public var block: Int
    /// The Unicode-scalar offset within the block's text.
    public var offset: Int

    /// Creates a reading position.
    public init(part: PartID = .body, block: Int = 0, offset: Int = 0) {
        self.part = part
        self.block = block
        self.offset = offset
    }
}
