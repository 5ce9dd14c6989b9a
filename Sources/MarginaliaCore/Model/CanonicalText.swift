/// The canonical text of a part (the body or one comment): its blocks' texts joined by a blank line.
///
/// Annotation positions count Unicode scalars in this text, so the rule must never change silently.
public enum CanonicalText {
    /// The separator between two blocks.
    public static let blockSeparator = "\n\n"

    /// Joins blocks into the canonical text of their part.
    public static func of(_ blocks: [Block]) -> String {
        var text = ""
        text.reserveCapacity(blocks.reduce(0) { $0 + $1.text.utf8.count + 2 })
        for (index, block) in blocks.enumerated() {
            if index > 0 { text += blockSeparator }
            text += block.text
        }
        return text
    }

    /// The Unicode-scalar offset at which each block starts in the canonical text.
    public static func blockStarts(_ blocks: [Block]) -> [Int] {
        var starts: [Int] = []
        starts.reserveCapacity(blocks.count)
        var offset = 0
        for block in blocks {
            starts.append(offset)
            offset += block.text.unicodeScalars.count + 2
        }
        return starts
    }
}
