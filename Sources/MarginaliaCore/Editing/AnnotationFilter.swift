/// What an annotation list shows: annotations with a tag, and/or containing some text (in the quote, the
/// note, the tag names or the article's title, ignoring case).
public struct AnnotationFilter: Hashable, Sendable {
    /// Only annotations with this tag, if set.
    public var tag: TagID?
    /// Only annotations containing this text, if not empty.
    public var text: String

    /// Creates a filter (the default lets everything through).
    public init(tag: TagID? = nil, text: String = "") {
        self.tag = tag
        self.text = text
    }

    /// Whether nothing is filtered out.
    public var isEmpty: Bool { tag == nil && text.isEmpty }

    /// Whether an annotation passes.
    public func matches(_ annotation: Annotation, tags: TagSet, title: String = "") -> Bool {
        if let tag, !annotation.tagIDs.contains(tag) { return false }
        guard !text.isEmpty else { return true }
        let needle = text.lowercased()
        if annotation.quote.lowercased().contains(needle) { return true }
        if let note = annotation.note, note.lowercased().contains(needle) { return true }
        if !title.isEmpty, title.lowercased().contains(needle) { return true }
        return annotation.tagIDs.contains { tags[$0]?.foldedName.contains(needle) == true }
    }
}
