/// Wraps text into lines of at most a given display width.
///
/// Greedy: breaks after spaces, and between wide (CJK) characters so text without spaces still wraps; a
/// word longer than the line is broken between grapheme clusters, never inside one. Tabs expand to
/// multiples of `tabWidth`. Each line records the scalar offsets it covers, so screen positions map back
/// to the text (for search highlights now, for the passage cursor and annotations later).
public enum LineBreaker {
    /// Columns between tab stops.
    public static let tabWidth = 4

    /// The lines of `text` wrapped to `width` columns (at least one line, even for empty text).
    public static func wrap(_ text: String, width: Int) -> [Line] {
        let width = max(1, width)
        var lines: [Line] = []
        var lineStart = text.startIndex
        var lineStartOffset = 0
        var column = 0
        // The last place the line may break: the line's content ends at `breakEnd`, the next line starts at
        // `breakNext`.
        var breakEnd: (index: String.Index, offset: Int)? = nil
        var breakNext: (index: String.Index, offset: Int)? = nil
        var inSpaces = false

        func emit(to end: String.Index, endOffset: Int) {
            lines.append(
                Line(start: lineStartOffset, end: endOffset, startIndex: lineStart, endIndex: end,
                     isFirst: lines.isEmpty))
        }

        var index = text.startIndex
        var offset = 0
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            let nextOffset = offset + character.unicodeScalars.count

            if character.isNewline {
                emit(to: index, endOffset: offset)
                lineStart = next
                lineStartOffset = nextOffset
                column = 0
                breakEnd = nil
                breakNext = nil
                inSpaces = false
            } else if character == " " || character == "\t" {
                let w = character == "\t" ? tabWidth - column % tabWidth : 1
                if column + w > width && column > 0 {
                    emit(to: inSpaces ? breakEnd!.index : index, endOffset: inSpaces ? breakEnd!.offset : offset)
                    lineStart = next
                    lineStartOffset = nextOffset
                    column = 0
                    breakEnd = nil
                    breakNext = nil
                    inSpaces = false
                } else {
                    column += w
                    if !inSpaces { breakEnd = (index, offset) }
                    breakNext = (next, nextOffset)
                    inSpaces = true
                }
            } else {
                let w = Sanitizer.glyph(for: character).width
                if w == 2 && column > 0 && !noBreakBefore.contains(character) {
                    breakEnd = (index, offset)
                    breakNext = (index, offset)
                }
                if column + w > width && column > 0 {
                    if let end = breakEnd, let resume = breakNext, resume.index > lineStart {
                        emit(to: end.index, endOffset: end.offset)
                        lineStart = resume.index
                        lineStartOffset = resume.offset
                        column = columns(of: text[resume.index..<index])
                    } else {
                        emit(to: index, endOffset: offset)
                        lineStart = index
                        lineStartOffset = offset
                        column = 0
                    }
                    breakEnd = nil
                    breakNext = nil
                }
                column += w
                inSpaces = false
                if w == 2 && !(next < text.endIndex && noBreakBefore.contains(text[next])) {
                    breakEnd = (next, nextOffset)
                    breakNext = (next, nextOffset)
                }
            }
            index = next
            offset = nextOffset
        }
        emit(to: text.endIndex, endOffset: offset)
        return lines
    }

    /// Closing CJK punctuation never starts a line (a basic kinsoku rule): it stays with the character before.
    static let noBreakBefore: Set<Character> = ["。", "、", "，", "．", "！", "？", "：", "；", "」", "』", "）", "】", "〉", "》", "ー", "・"]

    /// Display columns of a run without tabs or line breaks.
    static func columns(of text: Substring) -> Int {
        var total = 0
        for character in text {
            total += character == "\t" ? tabWidth : Sanitizer.glyph(for: character).width
        }
        return total
    }
}
