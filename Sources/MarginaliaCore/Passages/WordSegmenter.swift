/// Splits text into words for selecting: runs of letters and digits (joined by inner apostrophes, hyphens and
/// periods, as in "don’t", "post-WWII", "U.S", "3.5"), and runs of other visible characters (punctuation), in
/// Unicode-scalar offsets, never inside a grapheme cluster. White space belongs to no word.
public enum WordSegmenter {
    /// The words of `text`, as scalar ranges (offset by `base`).
    public static func words(in text: String, base: Int = 0) -> [Range<Int>] {
        let characters = TextCharacters(text, base: base)
        var result: [Range<Int>] = []
        var index = 0
        while index < characters.count {
            if characters.isSpace(index) {
                index += 1
                continue
            }
            let start = index
            if characters.isWordCharacter(index) {
                index += 1
                while index < characters.count {
                    if characters.isWordCharacter(index) {
                        index += 1
                    } else if isJoiner(characters.characters[index]), index + 1 < characters.count,
                              characters.isWordCharacter(index + 1) {
                        index += 2
                    } else {
                        break
                    }
                }
            } else {
                index += 1
                while index < characters.count, !characters.isSpace(index), !characters.isWordCharacter(index) {
                    index += 1
                }
            }
            result.append(characters.offsets[start]..<characters.offsets[index])
        }
        return result
    }

    /// Characters that join two word parts into one word.
    static func isJoiner(_ character: Character) -> Bool {
        character == "'" || character == "’" || character == "-" || character == "‐" || character == "."
            || character == "·"
    }

    /// A range widened to whole words and narrowed to drop white space at its ends: the start moves back to
    /// the start of the word it is in, the end forward to the end of the word it is in. An all-space range
    /// comes back empty at its (trimmed) start.
    public static func snapped(_ range: Range<Int>, words: [Range<Int>]) -> Range<Int> {
        // The first word that ends after the range starts, and the last that starts before it ends.
        guard let first = words.firstIndex(where: { $0.upperBound > range.lowerBound }),
              let last = words.lastIndex(where: { $0.lowerBound < range.upperBound }), first <= last
        else { return range.lowerBound..<range.lowerBound }
        // Either the range starts inside `first` (widen to its start) or in the space before it (trim to its start);
        // the same holds for its end and `last`.
        return words[first].lowerBound..<words[last].upperBound
    }
}
