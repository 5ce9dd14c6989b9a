/// One block of an article body or a comment: a paragraph, heading, quote or list item.
public struct Block: Hashable, Sendable, Codable {
    /// What kind of block this is; decides how readers and exporters present it.
    public var kind: BlockKind
    /// The block's text, without markup (no `#`, `>` or bullet), whitespace normalised.
    public var text: String

    /// Creates a block.
    public init(_ kind: BlockKind, _ text: String) {
        self.kind = kind
        self.text = text
    }

    /// Creates a paragraph.
    public static func paragraph(_ text: String) -> Block { Block(.paragraph, text) }
}

/// The kinds of block the importers recognise.
public enum BlockKind: String, Hashable, Sendable, Codable, CaseIterable {
    case paragraph
    case heading
    case quote
    case listItem
}
