/// Recognises a line that is only a date (and perhaps a time), as blogs print under a title or an author.
///
/// Deliberately strict: every word must be part of a date or time, so a sentence that mentions a date is
/// never taken for one.
enum DateText {
    static let months: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
        "dec",
    ]
    static let weekdays: Set<String> = [
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues",
        "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
    ]
    static let fillers: Set<String> = [
        "at", "on", "am", "pm", "a.m.", "p.m.", "|", "-", "–", "—", "·", "utc", "gmt", "est", "edt", "cst",
        "cdt", "pst", "pdt", "bst", "cet", "cest", "edit", "said:", "says:", "updated", "published", "posted",
    ]

    /// Whether the whole line is a date, optionally with a time.
    static func isDate(_ line: String) -> Bool {
        guard line.utf8.count <= 60 else { return false }
        let lower = SiteFurniture.asciiLowercased(line)
        let words = lower.split(whereSeparator: { $0 == " " || $0 == "," }).map(String.init)
        guard !words.isEmpty, words.count <= 10 else { return false }
        var sawMonth = false
        var sawYear = false
        var sawNumericDate = false
        for word in words {
            if months.contains(word) || months.contains(word.replacingSuffix(".")) {
                sawMonth = true
            } else if weekdays.contains(word) || fillers.contains(word) {
                continue
            } else if isYear(word) {
                sawYear = true
            } else if isNumericDate(word) {
                sawNumericDate = true
            } else if isDay(word) || isTime(word) {
                continue
            } else {
                return false
            }
        }
        return (sawMonth && sawYear) || sawNumericDate
    }

    private static func isYear(_ word: String) -> Bool {
        guard word.count == 4, let value = Int(word) else { return false }
        return (1900...2199).contains(value)
    }

    private static func isDay(_ word: String) -> Bool {
        var digits = word
        for suffix in ["st", "nd", "rd", "th"] where digits.hasSuffix(suffix) {
            digits = String(digits.dropLast(2))
        }
        guard let value = Int(digits) else { return false }
        return (1...31).contains(value)
    }

    private static func isTime(_ word: String) -> Bool {
        var text = word
        for suffix in ["am", "pm", "z"] where text.hasSuffix(suffix) { text = String(text.dropLast(suffix.count)) }
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3 else { return false }
        return parts.allSatisfy { !$0.isEmpty && $0.count <= 2 && $0.allSatisfy(\.isASCII) && Int($0) != nil }
    }

    /// `2024-10-25`, `2024-10-25T10:12:00`, `25/10/2024`, `10/25/24`.
    private static func isNumericDate(_ word: String) -> Bool {
        let head = word.split(separator: "t", maxSplits: 1).first.map(String.init) ?? word
        for separator: Character in ["-", "/", "."] {
            let parts = head.split(separator: separator, omittingEmptySubsequences: false)
            guard parts.count == 3, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && Int($0) != nil }) else {
                continue
            }
            if separator == "-" { return parts[0].count == 4 && parts[1].count <= 2 && parts[2].count <= 2 }
            return parts[0].count <= 2 && parts[1].count <= 2 && (parts[2].count == 2 || parts[2].count == 4)
        }
        return false
    }
}
