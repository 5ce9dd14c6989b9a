#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Which annotations an export holds: those on the chosen articles (all if none) carrying one of the chosen
/// tags or a tag below one in the hierarchy (`actors` selects `actors/russia` too; all if none).
public struct ExportSelection: Hashable, Sendable {
    /// The articles to export; empty means every article.
    public var articles: Set<ArticleID>
    /// The tag names to export (case-insensitive); empty means every annotation, tagged or not.
    public var tagNames: [String]
    /// Only these annotations (e.g. the rows of the reader's annotation list); nil means no such limit.
    public var annotationIDs: Set<UUID>?

    /// Creates a selection.
    public init(articles: Set<ArticleID> = [], tagNames: [String] = [], annotationIDs: Set<UUID>? = nil) {
        self.articles = articles
        self.tagNames = tagNames
        self.annotationIDs = annotationIDs
    }

    /// The ids of the tags the names select, with the tags below them; throws for an unknown name.
    public func selectedTags(in tags: TagSet) throws(ExportError) -> Set<TagID> {
        var selected = Set<TagID>()
        for name in tagNames {
            let folded = name.lowercased()
            let matches = tags.tags.filter { $0.foldedName == folded || $0.foldedName.hasPrefix(folded + "/") }
            if matches.isEmpty { throw .unknownTag(name, known: tags.tags.map(\.name)) }
            for tag in matches { selected.insert(tag.id) }
        }
        return selected
    }

    /// The export document for the selected annotations.
    ///
    /// With a tag filter the document's tag set holds only the tags the selected annotations use (so a
    /// codebook shows just them); without one it holds every tag.
    public func document(
        annotations: [Annotation], tags: TagSet, articles known: [ExportArticle], exported: Date = Timestamp.now()
    ) throws(ExportError) -> ExportDocument {
        let wantedTags = try selectedTags(in: tags)
        let chosen = annotations.filter { annotation in
            (articles.isEmpty || articles.contains(annotation.articleID))
                && (tagNames.isEmpty || annotation.tagIDs.contains(where: wantedTags.contains))
                && (annotationIDs?.contains(annotation.id) ?? true)
        }
        var tagSet = tags
        if !tagNames.isEmpty {
            let used = Set(chosen.flatMap(\.tagIDs))
            tagSet = TagSet(unchecked: tags.tags.filter { used.contains($0.id) })
        }
        return ExportDocument(annotations: chosen, articles: known, tags: tagSet, exported: exported)
    }
}
