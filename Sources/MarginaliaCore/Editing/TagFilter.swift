/// The tag picker's matching: tags whose name contains what was typed (ignoring case), the exact name first,
/// then names starting with it, then the rest, each group in the user's order.
public enum TagFilter {
    /// The tags matching `query` (all of them for an empty query).
    public static func matching(_ query: String, in tags: TagSet) -> [Tag] {
        let needle = query.lowercased()
        guard !needle.isEmpty else { return tags.tags }
        var exact: [Tag] = []
        var prefix: [Tag] = []
        var inner: [Tag] = []
        for tag in tags.tags {
            let name = tag.foldedName
            if name == needle {
                exact.append(tag)
            } else if name.hasPrefix(needle) || tag.path.contains(where: { $0.lowercased().hasPrefix(needle) }) {
                prefix.append(tag)
            } else if name.contains(needle) {
                inner.append(tag)
            }
        }
        return exact + prefix + inner
    }

    /// Whether Enter on `query` would create a new tag: no tag has that name and it is a valid name.
    public static func wouldCreate(_ query: String, in tags: TagSet) -> Bool {
        let name = AnnotationBook.trimmed(query)
        guard tags.tag(named: name) == nil else { return false }
        do { try TagSet.validate(name: name) } catch { return false }
        return true
    }
}
