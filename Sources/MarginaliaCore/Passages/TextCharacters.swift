/// A text split into grapheme clusters, each with the Unicode-scalar offset where it starts, so that
/// segmentation can reason about characters and still answer in scalar offsets without splitting a cluster.
struct TextCharacters {
    /// The clusters, in order.
    let characters: [Character]
    /// `offsets[i]` is where cluster `i` starts; `offsets[characters.count]` is the text's scalar length.
    let offsets: [Int]

    /// Splits `text`; offsets start at `base` (a block's start in its part).
    init(_ text: String, base: Int = 0) {
        var characters: [Character] = []
        var offsets: [Int] = []
        characters.reserveCapacity(text.utf8.count)
        offsets.reserveCapacity(text.utf8.count + 1)
        var offset = base
        for character in text {
            characters.append(character)
            offsets.append(offset)
            offset += character.unicodeScalars.count
        }
        offsets.append(offset)
        self.characters = characters
        self.offsets = offsets
    }

    /// The number of clusters.
    var count: Int { characters.count }

    /// Whether the cluster at `index` is white space (a line feed included).
    func isSpace(_ index: Int) -> Bool { characters[index].isWhitespace }

    /// Whether the cluster at `index` is part of a word: a letter, a digit or a combining sequence on one.
    func isWordCharacter(_ index: Int) -> Bool {
        let character = characters[index]
        return character.isLetter || character.isNumber
    }
}
