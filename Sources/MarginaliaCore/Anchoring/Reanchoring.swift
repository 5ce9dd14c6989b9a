#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What re-anchoring an article's annotations found.
public struct ReanchorReport: Hashable, Sendable {
    /// Every annotation, updated where the text moved (same order as given).
    public var annotations: [Annotation]
    /// The ids of the annotations that changed (and need saving).
    public var changed: Set<UUID>
    /// How many are now orphans.
    public var orphaned: Int
    /// How many were attached by approximate matching.
    public var fuzzy: Int
}

/// Re-anchors annotations on an article's current text (see Docs/anchoring.md).
public enum Reanchoring {
    /// Finds every annotation again in the article's current text.
    ///
    /// Annotations found at a new place get the new range and fresh context; approximate matches take the text
    /// now there as their quote (the first quote is kept in `originalQuote`) and become `.fuzzy`; annotations
    /// not found (or whose comment is gone) become `.orphaned` and keep everything else. An orphan or fuzzy
    /// annotation whose text comes back is `.anchored` again.
    public static func reanchor(_ annotations: [Annotation], in article: Article, now: Date = Timestamp.now()) -> ReanchorReport {
        var result = annotations
        var changed = Set<UUID>()
        var byPart: [PartID: [Int]] = [:]
        for (index, annotation) in annotations.enumerated() { byPart[annotation.part, default: []].append(index) }
        for (part, indices) in byPart {
            guard let string = article.text(of: part) else {
                for index in indices where result[index].status != .orphaned {
                    result[index].status = .orphaned
                    result[index].modified = now
                    changed.insert(result[index].id)
                }
                continue
            }
            var anchorer = Anchorer(text: ScalarText(string))
            for index in indices.sorted(by: { annotations[$0].start < annotations[$1].start }) {
                let updated = reanchor(annotations[index], with: &anchorer, now: now)
                if updated != annotations[index] {
                    result[index] = updated
                    changed.insert(updated.id)
                }
            }
        }
        return ReanchorReport(
            annotations: result, changed: changed,
            orphaned: result.count { $0.status == .orphaned }, fuzzy: result.count { $0.status == .fuzzy })
    }

    /// One annotation re-anchored with an anchorer on its part's text.
    public static func reanchor(_ annotation: Annotation, with anchorer: inout Anchorer, now: Date) -> Annotation {
        var updated = annotation
        let text = anchorer.text
        // A fuzzy annotation whose original text is back returns to it.
        if annotation.status == .fuzzy, let original = annotation.originalQuote {
            var selector = annotation.selector
            selector.quote = original
            if case .exact(let range) = anchorer.anchor(selector, allowFuzzy: false) {
                updated.selector = TextSelector(exactly: range, in: text)
                updated.status = .anchored
                updated.originalQuote = nil
                updated.modified = now
                return updated
            }
        }
        switch anchorer.anchor(annotation.selector) {
        case .exact(let range):
            updated.selector = TextSelector(exactly: range, in: text)
            if updated.status == .orphaned { updated.status = .anchored }
        case .fuzzy(let range, _):
            updated.selector = TextSelector(exactly: range, in: text)
            updated.originalQuote = annotation.originalQuote ?? annotation.quote
            updated.status = .fuzzy
        case .notFound:
            updated.status = .orphaned
        }
        if updated != annotation { updated.modified = now }
        return updated
    }
}
