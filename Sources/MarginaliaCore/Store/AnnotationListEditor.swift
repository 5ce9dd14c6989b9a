#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Changes one article's annotation list and records the matching journal entries, so a save appends exactly
/// what changed without comparing the whole list.
struct AnnotationListEditor {
    private(set) var annotations: [Annotation]
    private(set) var entries: [AnnotationJournal.Entry] = []

    init(_ annotations: [Annotation]) {
        self.annotations = annotations
    }

    /// The index of the annotation with this id.
    func firstIndex(of id: UUID) -> Int? {
        annotations.firstIndex { $0.id == id }
    }

    /// Adds an annotation at the end.
    mutating func append(_ annotation: Annotation) {
        annotations.append(annotation)
        entries.append(.put(annotation))
    }

    /// Replaces the annotation at an index (same id).
    mutating func replace(at index: Int, with annotation: Annotation) {
        guard annotations[index] != annotation else { return }
        annotations[index] = annotation
        entries.append(.put(annotation))
    }

    /// Replaces the annotation with the same id, or appends it (what a journal `put` does).
    mutating func put(_ annotation: Annotation) {
        if let index = firstIndex(of: annotation.id) { replace(at: index, with: annotation) } else { append(annotation) }
    }

    /// Removes the annotation at an index and returns it.
    @discardableResult
    mutating func remove(at index: Int) -> Annotation {
        let removed = annotations.remove(at: index)
        entries.append(.remove(removed.id))
        return removed
    }

    /// Removes the annotation with this id, if there is one.
    mutating func remove(id: UUID) {
        if let index = firstIndex(of: id) { remove(at: index) }
    }
}
