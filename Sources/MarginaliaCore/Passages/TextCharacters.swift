/// A text split into grapheme clusters, each with the Unicode-scalar offset where it starts, so that
/// segmentation can reason about characters and still answer in scalar offsets without splitting a cluster.
struct TextCharacters {
    /// The clusters, in order.
    let characters: [Character]
    /// `offsets[i]` is where cluster `i` starts; `offsets[characters.count]` is the text's scalar length.
    let offsets: [Int]
    /// `singles[i]` is cluster `i`'s scalar when it is one scalar, else nil. Segmentation compares these
    /// instead of `Character`s: `Character ==` is canonical equivalence, which is slow for non-ASCII
    /// literals, and for a literal that is one scalar without canonical equivalents (every punctuation mark
    /// the segmenters look for) it means exactly "this one scalar".
    let singles: [Unicode.Scalar?]

    /// Splits `text`; offsets start at `base` (a block's start in its part).
    init(_ text: String, base: Int = 0) {
        var characters: [Character] = []
        var offsets: [Int] = []
        var singles: [Unicode.Scalar?] = []
        characters.reserveCapacity(text.utf8.count)
        offsets.reserveCapacity(text.utf8.count + 1)
        singles.reserveCapacity(text.utf8.count)
        var offset = base
        for character in text {
            characters.append(character)
            offsets.append(offset)
            var scalars = character.unicodeScalars.makeIterator()
            let first = scalars.next()
            var count = 1
            while scalars.next() != nil { count += 1 }
            singles.append(count == 1 ? first : nil)
            offset += count
        }
        offsets.append(offset)
        self.characters = characters
        self.offsets = offsets
        self.singles = singles
    }

    /// The number of clusters.
    var count: Int { characters.count }

    /// Whether the cluster at `index` is white space (a line feed included).
    func isSpace(_ index: Int) -> Bool {
        // ASCII without the property tables; `Character.isWhitespace` looks at the first scalar (or CR LF).
        if let scalar = singles[index], scalar.isASCII {
            return scalar == " " || (scalar.value >= 0x09 && scalar.value <= 0x0D)
        }
        return characters[index].isWhitespace
    }

    /// Whether the cluster at `index` is a line feed (or CR LF).
    func isLineFeed(_ index: Int) -> Bool {
        if let scalar = singles[index] { return scalar == "\n" }
        return characters[index] == "\r\n"
    }

    /// Whether the cluster at `index` is a blank (space or tab).
    func isBlank(_ index: Int) -> Bool { singles[index] == " " || singles[index] == "\t" }

    /// Whether the cluster at `index` is part of a word: a letter, a digit or a combining sequence on one.
    func isWordCharacter(_ index: Int) -> Bool {
        let character = characters[index]
        return character.isLetter || character.isNumber
    }
}
