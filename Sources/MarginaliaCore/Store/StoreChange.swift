/// One undoable change to the store. Every store operation returns the change it made; applying its
/// `inverse` through `AnnotationStore.apply(_:)` undoes it.
public indirect enum StoreChange: Hashable, Sendable {
    /// An annotation was added.
    case addAnnotation(Annotation)
    /// An annotation was removed.
    case removeAnnotation(Annotation)
    /// An annotation was changed (tags, note, range...).
    case updateAnnotation(before: Annotation, after: Annotation)
    /// A tag was added.
    case addTag(Tag)
    /// A tag was removed (annotations are changed by separate entries in the same batch).
    case removeTag(Tag)
    /// A tag was renamed, recoloured, rebound or described.
    case updateTag(before: Tag, after: Tag)
    /// Several changes made as one (merging or removing a tag), applied in order.
    case batch([StoreChange])

    /// The change that undoes this one.
    public var inverse: StoreChange {
        switch self {
        case .addAnnotation(let annotation): .removeAnnotation(annotation)
        case .removeAnnotation(let annotation): .addAnnotation(annotation)
        case .updateAnnotation(let before, let after): .updateAnnotation(before: after, after: before)
        case .addTag(let tag): .removeTag(tag)
        case .removeTag(let tag): .addTag(tag)
        case .updateTag(let before, let after): .updateTag(before: after, after: before)
        case .batch(let changes): .batch(changes.reversed().map(\.inverse))
        }
    }

    /// A short description for a status line ("added annotation", "removed tag 'claim'").
    public var summary: String {
        switch self {
        case .addAnnotation: "add annotation"
        case .removeAnnotation: "remove annotation"
        case .updateAnnotation: "change annotation"
        case .addTag(let tag): "add tag '\(tag.name)'"
        case .removeTag(let tag): "remove tag '\(tag.name)'"
        case .updateTag(_, let after): "change tag '\(after.name)'"
        case .batch(let changes):
            changes.last(where: { if case .batch = $0 { false } else { true } })?.summary ?? "changes"
        }
    }

    /// The single changes, batches flattened, in order.
    var flattened: [StoreChange] {
        if case .batch(let changes) = self { return changes.flatMap(\.flattened) }
        return [self]
    }
}
