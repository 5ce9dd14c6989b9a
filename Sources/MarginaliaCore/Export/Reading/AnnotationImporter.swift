#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Matches imported annotations to the library's articles, re-anchors them, merges their tags into the
/// store's tag set and drops those already present, producing an `ImportPlan`.
///
/// An article is found, in order, by the id the file gives, by the source (URL, `file:` URI or its file
/// name), by title, and finally by the quote (the one article whose part contains it exactly). An
/// annotation whose article is not found is kept as an orphan under the given id (or one derived from its
/// source as `ArticleIdentity` would) and listed in `ImportPlan.unmatched`.
public struct AnnotationImporter {
    /// The articles annotations can be attached to.
    public let articles: [Article]
    /// The time re-anchoring changes are stamped with.
    public var now: Date
    /// Per article, in `articles` order: its normalised URL, absolute source path, file name and normalised
    /// title, computed once rather than for every imported annotation.
    private let urls: [String?]
    private let paths: [String?]
    private let names: [String?]
    private let titles: [String]

    /// Creates an importer for these articles.
    public init(articles: [Article], now: Date = Timestamp.now()) {
        self.articles = articles
        self.now = now
        urls = articles.map { $0.url.flatMap(ArticleIdentity.normalizeURL) }
        paths = articles.map { $0.sourcePath.map(Self.absolute) }
        names = articles.map { $0.sourcePath.flatMap { $0.split(separator: "/").last.map(String.init) } }
        titles = articles.map { ArticleIdentity.normalize($0.title) }
    }

    /// Plans the import of a bundle into a store that holds `existing` annotations and `tags`.
    public func plan(_ bundle: ImportBundle, existing: [Annotation], tags: TagSet) -> ImportPlan {
        var workingTags = tags
        var newTags: [Tag] = []
        var warnings: [String] = []
        var tagMap: [String: TagID] = [:]  // folded name -> store id
        let definitions = Dictionary(bundle.tagDefinitions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var paletteIndex = tags.count

        func tagID(for reference: ImportCandidate.TagReference) -> TagID {
            if let id = reference.id, workingTags[id] != nil { return id }
            let folded = reference.name.lowercased()
            if let known = tagMap[folded] { return known }
            if let existing = workingTags.tag(named: reference.name) {
                tagMap[folded] = existing.id
                return existing.id
            }
            var tag = reference.id.flatMap { definitions[$0] }
                ?? Tag(name: reference.name, color: TagColor.allCases[paletteIndex % TagColor.allCases.count])
            paletteIndex += 1
            tag.name = reference.name
            if let key = tag.key, let holder = workingTags.tag(forKey: key) {
                warnings.append("tag '\(tag.name)': key '\(key)' is already bound to '\(holder.name)'; imported without a key")
                tag.key = nil
            }
            do {
                try workingTags.add(tag)
            } catch {
                // Names and keys were validated when reading and the name is free, so only the id can clash
                // (a tag deleted here and recreated there): give it a fresh one.
                tag.id = .random()
                try? workingTags.add(tag)
            }
            newTags.append(tag)
            tagMap[folded] = tag.id
            return tag.id
        }

        // Every tag the file defines comes in, used or not (a Marginalia export is also a codebook), in its order.
        for definition in bundle.tagDefinitions { _ = tagID(for: .init(id: definition.id, name: definition.name)) }

        var knownIDs = Set(existing.map(\.id))
        struct Place: Hashable {
            var article: ArticleID
            var part: PartID
            var start: Int
            var end: Int
            var quote: String
        }
        var knownPlaces = Set(existing.map { Place(article: $0.articleID, part: $0.part, start: $0.start, end: $0.end, quote: $0.quote) })
        var texts: [ArticleID: [PartID: ScalarText]] = [:]
        var additions: [Annotation] = []
        var unmatched: [ImportPlan.Unmatched] = []
        var duplicates = 0
        var receiving: [Article] = []
        var receivingIDs = Set<ArticleID>()

        for candidate in bundle.candidates {
            if knownIDs.contains(candidate.id) {
                duplicates += 1
                continue
            }
            var annotation = Annotation(
                id: candidate.id, articleID: candidate.articleID ?? ArticleID(""), part: candidate.part,
                selector: candidate.selector, tagIDs: [], note: candidate.note, created: candidate.created,
                modified: candidate.modified, status: candidate.status, originalQuote: candidate.originalQuote)
            let found = findArticle(for: candidate)
            if let article = found {
                annotation.articleID = article.id
                let text: ScalarText? = texts[article.id]?[candidate.part] ?? article.text(of: candidate.part).map(ScalarText.init)
                if let text {
                    texts[article.id, default: [:]][candidate.part] = text
                    var anchorer = Anchorer(text: text)
                    annotation = Reanchoring.reanchor(annotation, with: &anchorer, now: now)
                    // Filling in a position or context is not a change by the user; a new status is.
                    if annotation.status == candidate.status { annotation.modified = candidate.modified }
                } else if annotation.status != .orphaned {
                    annotation.status = .orphaned
                    annotation.modified = max(annotation.modified, now)
                }
            } else {
                annotation.articleID = candidate.articleID ?? Self.derivedArticleID(for: candidate)
                annotation.status = .orphaned
            }
            let place = Place(article: annotation.articleID, part: annotation.part, start: annotation.start, end: annotation.end, quote: annotation.quote)
            if knownPlaces.contains(place) {
                duplicates += 1
                continue
            }
            annotation.tagIDs = candidate.tags.map(tagID)
            var unique: [TagID] = []
            for id in annotation.tagIDs where !unique.contains(id) { unique.append(id) }
            annotation.tagIDs = unique
            knownIDs.insert(annotation.id)
            knownPlaces.insert(place)
            additions.append(annotation)
            if let found, receivingIDs.insert(found.id).inserted { receiving.append(found) }
            if found == nil {
                unmatched.append(.init(place: candidate.place, article: candidate.articleDescription, annotation: annotation))
            }
        }
        return ImportPlan(
            newTags: newTags, additions: additions, duplicates: duplicates, unmatched: unmatched,
            articles: receiving, warnings: warnings)
    }

    /// The library article a candidate belongs to, if any.
    public func findArticle(for candidate: ImportCandidate) -> Article? {
        if let id = candidate.articleID, let article = articles.first(where: { $0.id == id }) { return article }
        if let source = candidate.source {
            if let url = ArticleIdentity.normalizeURL(source) {
                if let index = urls.firstIndex(of: url) { return articles[index] }
            } else if let path = FileURI.path(of: source) {
                let wanted = FileURI.normalized(path)
                if let index = paths.firstIndex(of: wanted) { return articles[index] }
                let name = wanted.split(separator: "/").last.map(String.init)
                let sameName = names.indices.filter { names[$0] == name }
                if sameName.count == 1 { return articles[sameName[0]] }
            } else if source.hasPrefix("urn:marginalia:article:") {
                let id = ArticleID(String(source.dropFirst("urn:marginalia:article:".count)))
                if let article = articles.first(where: { $0.id == id }) { return article }
            }
        }
        if let title = candidate.title, !title.isEmpty {
            let wanted = ArticleIdentity.normalize(title)
            let matches = titles.indices.filter { titles[$0] == wanted }
            if matches.count == 1 { return articles[matches[0]] }
        }
        // Last, the quote itself: the one article whose part holds it.
        let quote = candidate.selector.quote
        guard quote.unicodeScalars.count >= 8 else { return nil }
        let holders = articles.filter { $0.text(of: candidate.part)?.contains(quote) ?? false }
        return holders.count == 1 ? holders[0] : nil
    }

    /// The id an unmatched article is stored under: as `ArticleIdentity` would give the page (from its URL, else
    /// its title), else from the source address.
    static func derivedArticleID(for candidate: ImportCandidate) -> ArticleID {
        if let source = candidate.source, ArticleIdentity.normalizeURL(source) != nil {
            return ArticleIdentity.baseID(title: candidate.title ?? "", url: source)
        }
        if let title = candidate.title, !title.isEmpty { return ArticleIdentity.baseID(title: title, url: nil) }
        return ArticleIdentity.baseID(title: candidate.source ?? "unknown source", url: nil)
    }

    static func absolute(_ path: String) -> String { FileURI.absolutePath(path) }
}
