/// Byline, date and URL lines right under the title, taken only when unambiguous: each must be a line of
/// its own (a paragraph of one line) and match its pattern whole.
extension ScrapedTextParser {
    mutating func parseLeadMetadata() {
        var taken = 0
        while taken < 4 {
            var probe = index
            while probe < lines.count, lines[probe].isBlank { probe += 1 }
            guard probe < lines.count else { return }
            let line = lines[probe]
            let alone = probe + 1 >= lines.count || lines[probe + 1].isBlank
            guard alone, line.length <= 120 else { return }
            let text = lineText(line)
            guard absorbMetadata(text) else { return }
            index = probe + 1
            taken += 1
        }
    }

    /// Takes `text` as metadata if it is a byline, a `Posted on … by …` line, a bare URL or a date.
    mutating func absorbMetadata(_ text: String) -> Bool {
        if url == nil, Self.isBareURL(text) {
            url = text
            return true
        }
        if byline == nil, let name = Self.byline(text) {
            byline = name
            return true
        }
        let lower = text.lowercased()
        if date == nil, lower.hasPrefix("posted on ") {
            let rest = String(text.dropFirst("posted on ".count))
            if let by = rest.firstRange(of: " by ") ?? rest.firstRange(of: " By ") {
                let datePart = String(rest[..<by.lowerBound])
                let name = String(rest[by.upperBound...].trimmingASCIISpaces())
                guard DateText.isDate(datePart), !name.isEmpty, name.count <= 60 else { return false }
                date = datePart
                if byline == nil { byline = name }
                return true
            }
            guard DateText.isDate(rest) else { return false }
            date = rest
            return true
        }
        if date == nil, DateText.isDate(text) {
            date = text
            return true
        }
        return false
    }

    /// `https://…` alone on the line.
    static func isBareURL(_ text: String) -> Bool {
        let lower = text.lowercased()
        return (lower.hasPrefix("https://") || lower.hasPrefix("http://")) && !text.contains(" ") && text.count > 10
    }

    /// `By Jane Doe` (a capitalised name of at most eight words, no sentence punctuation at the end).
    static func byline(_ text: String) -> String? {
        guard text.hasPrefix("By "), text.count <= 80 else { return nil }
        let name = text.dropFirst(3).trimmingASCIISpaces()
        let words = name.split(separator: " ")
        guard let first = name.first, first.isUppercase, (1...8).contains(words.count) else { return nil }
        guard let last = name.last, !".?!:;".contains(last) else { return nil }
        return String(name)
    }
}
