import MarginaliaCore

/// The status line's annotation part: the tags under the passage cursor (and a mark when one has a note).
enum AnnotationStatus {
    /// `claim, evidence ✎ │` for the passage under the cursor, or nothing.
    static func text(_ reader: ReaderState) -> String {
        let annotating = reader.annotating
        guard let target = annotating.target else { return "" }
        let book = annotating.book
        let names = book.highlights.tagNames(in: target.part, overlapping: target.range, tags: book.tags)
        let hasNote = book.highlights.annotations(in: target.part, overlapping: target.range).contains { $0.note != nil }
        guard !names.isEmpty || hasNote else { return "" }
        return " " + Sanitizer.displayString(names.joined(separator: ", ")) + (hasNote ? " ✎" : "") + " │"
    }
}
