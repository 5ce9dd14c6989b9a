#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension AnnotationBook {
    /// Creates a tag: the least used colour and the first free key of 1-9. Throws if the name is taken or
    /// invalid.
    @discardableResult
    public mutating func createTag(named name: String) throws(TagError) -> (tag: Tag, change: StoreChange) {
        let name = Self.trimmed(name)
        var check = tags
        let tag = Tag(name: name, color: Self.nextColor(for: tags), key: Self.nextKey(for: tags))
        try check.add(tag)
        let change = StoreChange.addTag(tag)
        perform(change)
        return (tag, change)
    }

    /// Renames, recolours, rebinds or describes a tag (the tag with the same id); names and keys stay unique.
    @discardableResult
    public mutating func updateTag(_ tag: Tag) throws(TagError) -> StoreChange {
        guard let before = tags[tag.id] else { throw .unknownID(tag.id) }
        var check = tags
        try check.update(tag)
        let change = StoreChange.updateTag(before: before, after: tag)
        perform(change)
        return change
    }

    /// Merges tag `source` into `target`: annotations with `source` get `target` instead (once), `source` is
    /// removed. `others` are the annotations of the other articles (from the store), which change too.
    @discardableResult
    public mutating func mergeTag(
        _ source: TagID, into target: TagID, others: [Annotation], now: Date = Timestamp.now()
    ) throws(TagError) -> (touched: Int, change: StoreChange) {
        guard let from = tags[source] else { throw .unknownID(source) }
        guard tags[target] != nil else { throw .unknownID(target) }
        if source == target { throw .mergeIntoItself(from.name) }
        let updates = retag(others: others, now: now) { ids in
            guard ids.contains(source) else { return nil }
            var result: [TagID] = []
            for id in ids {
                let mapped = id == source ? target : id
                if !result.contains(mapped) { result.append(mapped) }
            }
            return result
        }
        let change = StoreChange.batch(updates + [.removeTag(from)])
        perform(change)
        return (updates.count, change)
    }

    /// Deletes a tag and takes it off every annotation (an annotation left with no tag and no note is kept:
    /// it still marks a passage, and deleting passages is a separate, explicit act).
    @discardableResult
    public mutating func deleteTag(
        _ id: TagID, others: [Annotation], now: Date = Timestamp.now()
    ) throws(TagError) -> (touched: Int, change: StoreChange) {
        guard let tag = tags[id] else { throw .unknownID(id) }
        let updates = retag(others: others, now: now) { ids in ids.contains(id) ? ids.filter { $0 != id } : nil }
        let change = StoreChange.batch(updates + [.removeTag(tag)])
        perform(change)
        return (updates.count, change)
    }

    /// How many annotations carry a tag: this article's (as held here) and the others'.
    public func count(of tag: TagID, others: [Annotation]) -> Int {
        annotations.count { $0.tagIDs.contains(tag) }
            + others.count { $0.articleID != articleID && $0.tagIDs.contains(tag) }
    }

    /// The updates that map every annotation's tag ids (nil: unchanged), this article's taken from memory.
    private func retag(others: [Annotation], now: Date, _ map: ([TagID]) -> [TagID]?) -> [StoreChange] {
        var updates: [StoreChange] = []
        let modified = Timestamp.truncated(now)
        for annotation in annotations + others.filter({ $0.articleID != articleID }) {
            guard let ids = map(annotation.tagIDs) else { continue }
            var after = annotation
            after.tagIDs = ids
            after.modified = modified
            updates.append(.updateAnnotation(before: annotation, after: after))
        }
        return updates
    }

    /// The colour a new tag gets: the least used of the six that read well on any background.
    static func nextColor(for tags: TagSet) -> TagColor {
        let palette: [TagColor] = [.yellow, .green, .cyan, .magenta, .red, .blue]
        var uses: [TagColor: Int] = [:]
        for tag in tags.tags { uses[tag.color, default: 0] += 1 }
        return palette.min { uses[$0, default: 0] < uses[$1, default: 0] } ?? .yellow
    }

    /// The first of the keys 1-9 no tag uses, if any.
    static func nextKey(for tags: TagSet) -> String? {
        (1...9).map(String.init).first { tags.tag(forKey: $0) == nil }
    }

    static func trimmed(_ text: String) -> String {
        var text = Substring(text)
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return String(text)
    }
}
