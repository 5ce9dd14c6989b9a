/// Why a passage could not be selected.
public enum AnchoringError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The range does not lie within the text.
    case rangeOutOfBounds(Range<Int>, length: Int)
    /// An annotation needs at least one character.
    case emptyRange(Int)

    public var description: String {
        switch self {
        case .rangeOutOfBounds(let range, let length):
            "range \(range.lowerBound)..<\(range.upperBound) is outside the text (\(length) characters)"
        case .emptyRange(let at): "the selection at \(at) is empty"
        }
    }
}
