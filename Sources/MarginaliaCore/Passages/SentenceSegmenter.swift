/// Splits text into sentences, answering in Unicode-scalar offsets.
///
/// A sentence ends after `.`, `!`, `?` or `…` (and any closing quotes or brackets right after them) when white
/// space and then something that can start a sentence follow. It does not end after a known abbreviation
/// ("Mr.", "e.g."), a single initial ("John F. Kennedy"), an initialism followed by a name ("the U.S. Army"),
/// inside a number ("3.5"), or before a lower-case word. A paragraph break (a blank line) always ends one, and
/// no sentence spans it. Leading and trailing white space is never part of a sentence.
public enum SentenceSegmenter {
    /// The sentences of `text`, as scalar ranges (offset by `base`).
    public static func sentences(in text: String, base: Int = 0) -> [Range<Int>] {
        let characters = TextCharacters(text, base: base)
        var result: [Range<Int>] = []
        var paragraphStart = 0
        var index = 0
        // Paragraphs are separated by a line feed followed (after optional spaces) by another line feed.
        while index <= characters.count {
            if index == characters.count || isParagraphBreak(characters, at: index) {
                sentences(characters, from: paragraphStart, to: index, into: &result)
                if index == characters.count { break }
                while index < characters.count, characters.isSpace(index) { index += 1 }
                paragraphStart = index
                continue
            }
            index += 1
        }
        return result
    }

    /// Whether a paragraph break (a line feed, optional blanks, a line feed) starts at `index`.
    static func isParagraphBreak(_ characters: TextCharacters, at index: Int) -> Bool {
        guard characters.isLineFeed(index) else { return false }
        var next = index + 1
        while next < characters.count, characters.isBlank(next) { next += 1 }
        return next < characters.count && characters.isLineFeed(next)
    }

    /// Appends the sentences of the clusters `from..<to` (one paragraph).
    static func sentences(_ characters: TextCharacters, from: Int, to: Int, into result: inout [Range<Int>]) {
        var start = from
        var index = from
        while index < to {
            guard isTerminal(characters.singles[index]) else {
                index += 1
                continue
            }
            // The terminal run: `?!`, `...`, `…` and then closing quotes or brackets.
            var end = index + 1
            while end < to, isTerminal(characters.singles[end]) { end += 1 }
            while end < to, isCloser(characters.singles[end]) { end += 1 }
            if endsSentence(characters, terminal: index, after: end, limit: to) {
                append(characters, start, end, into: &result)
                start = end
            }
            index = end
        }
        append(characters, start, to, into: &result)
    }

    /// Appends the clusters `start..<end` as a sentence, without leading and trailing white space.
    static func append(_ characters: TextCharacters, _ start: Int, _ end: Int, into result: inout [Range<Int>]) {
        var lower = start
        var upper = end
        while lower < upper, characters.isSpace(lower) { lower += 1 }
        while upper > lower, characters.isSpace(upper - 1) { upper -= 1 }
        if lower < upper { result.append(characters.offsets[lower]..<characters.offsets[upper]) }
    }

    // The marks below are single scalars with no canonical equivalents, so comparing a cluster's one
    // scalar with them is exactly `Character` equality (see `TextCharacters.singles`), only much faster.

    /// Whether a cluster (given by its scalar when it is one) ends a sentence: `.`, `!`, `?`, `…` and kin.
    static func isTerminal(_ scalar: Unicode.Scalar?) -> Bool {
        switch scalar {
        case ".", "!", "?", "…", "‼", "⁇", "。", "！", "？": true
        default: false
        }
    }

    /// Whether a cluster is a closing quote or bracket (kept with the terminal before it).
    static func isCloser(_ scalar: Unicode.Scalar?) -> Bool {
        switch scalar {
        case "\"", "'", "”", "’", "»", "›", ")", "]", "}", "」", "』": true
        default: false
        }
    }

    /// Whether a cluster opens a sentence without being its first letter (quotes, brackets, dashes, bullets).
    static func isOpener(_ scalar: Unicode.Scalar?) -> Bool {
        switch scalar {
        case "\"", "'", "“", "‘", "«", "‹", "(", "[", "{", "「", "『", "¿", "¡", "—", "-", "–", "*", "•": true
        default: false
        }
    }

    /// Decides whether the terminal at `terminal` (whose run, closers included, ends before `after`) ends a
    /// sentence.
    static func endsSentence(_ characters: TextCharacters, terminal: Int, after: Int, limit: Int) -> Bool {
        // At the end of the paragraph it always does.
        if after >= limit { return true }
        // "3.5", "U.S.A", "example.com": a terminal must be followed by white space.
        guard characters.isSpace(after) else { return false }
        var next = after
        while next < limit, characters.isSpace(next) { next += 1 }
        if next >= limit { return true }
        // The first letter or digit of what follows, skipping opening quotes and brackets.
        var first = next
        while first < limit, isOpener(characters.singles[first]) { first += 1 }
        if first < limit, characters.characters[first].isLowercase { return false }
        // "Wait… what": an ellipsis before a capital or an opener ends the sentence; before lower case it did not.
        guard characters.singles[terminal] == "." else { return true }
        // A single period: look at the word it ends.
        let word = wordBefore(characters, terminal)
        if word.isEmpty { return true }
        let folded = word.lowercased()
        if SentenceAbbreviations.titlesAndShortForms.contains(folded) { return false }
        let letters = word.filter { $0 != "." }
        // "John F. Kennedy": one capital letter is an initial.
        if letters.count == 1, let only = letters.first, only.isUppercase { return false }
        // "U.S.", "U.K.", "a.k.a.": an initialism ends a sentence only when a sentence starter follows.
        if word.contains("."), letters.allSatisfy({ $0.isLetter }), letters.count <= 5 {
            return SentenceAbbreviations.sentenceStarters.contains(followingWord(characters, from: first, limit: limit).lowercased())
        }
        return true
    }

    /// The word (letters, digits and inner periods) just before the cluster at `index`.
    static func wordBefore(_ characters: TextCharacters, _ index: Int) -> String {
        var start = index
        while start > 0 {
            let previous = characters.characters[start - 1]
            if previous.isLetter || previous.isNumber || previous == "." { start -= 1 } else { break }
        }
        var word = String(characters.characters[start..<index])
        while word.hasPrefix(".") { word.removeFirst() }
        return word
    }

    /// The run of letters starting at `index`.
    static func followingWord(_ characters: TextCharacters, from index: Int, limit: Int) -> String {
        var end = index
        while end < limit, characters.characters[end].isLetter { end += 1 }
        return String(characters.characters[index..<end])
    }
}
