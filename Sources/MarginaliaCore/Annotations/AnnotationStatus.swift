/// How well an annotation is attached to its article's current text.
public enum AnnotationStatus: String, Hashable, Sendable, Codable, CaseIterable {
    /// The text at `start..<end` equals the quote.
    case anchored
    /// Found by approximate matching after the text changed: the range holds text close to the original quote
    /// (the quote was updated to it and `originalQuote` keeps what the user selected).
    case fuzzy
    /// Not found in the current text; the annotation keeps its last range and quote and is re-anchored again
    /// whenever the article is opened.
    case orphaned
}
