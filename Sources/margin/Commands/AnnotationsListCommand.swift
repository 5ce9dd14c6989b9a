import ArgumentParser
import MarginaliaCore

/// `margin annotations [ARTICLE]`: lists annotations, of one article (re-anchored first) or of the whole store.
struct AnnotationsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List annotations (all, or one article's), optionally only some tags or only orphans.",
        discussion: """
            With ARTICLE, the article is opened: its annotations are re-anchored on its current text and any \
            change is saved (an article whose file is gone is listed from the store as it is). With several \
            --tag options, an annotation with any of the tags is listed. --json prints an array of objects with \
            the fields id, article, part ("body" or a comment id), start, end (Unicode scalars), quote, prefix, \
            suffix, tags (names), note, created, modified, status (anchored, fuzzy or orphaned).
            """
    )

    @Argument(help: "The article (default: every annotated article).", completion: ArticleCompletion.kind)
    var article: String?

    @Option(name: .customLong("tag"), help: "Only annotations with this tag (repeatable: any of them).", completion: TagCompletion.kind)
    var tags: [String] = []

    @Flag(help: "Only orphans: annotations whose passage is no longer in the article.")
    var orphans = false

    @Flag(help: "Print JSON.")
    var json = false

    @OptionGroup var libraryOptions: LibraryOptions
    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let store = try storeOptions.store()
        let tagSet = try store.tags()
        var wanted = Set<TagID>()
        for name in tags {
            guard let tag = tagSet.tag(named: name) else { throw TagError.unknownName(name) }
            wanted.insert(tag.id)
        }
        var annotations: [Annotation] = []
        if let article {
            annotations = try annotationsOf(article, store: store)
        } else {
            for (_, list) in try store.allAnnotations() { annotations += list }
        }
        annotations = annotations.filter { annotation in
            (wanted.isEmpty || annotation.tagIDs.contains(where: wanted.contains)) && (!orphans || annotation.isOrphaned)
        }
        annotations.sort { ($0.articleID, $0.part.description, $0.start, $0.created) < ($1.articleID, $1.part.description, $1.start, $1.created) }
        if json {
            Console.write(AnnotationListing.json(annotations, tags: tagSet))
        } else {
            for annotation in annotations { Console.line(AnnotationListing.line(annotation, tags: tagSet)) }
        }
    }

    /// The article's annotations after re-anchoring; for an article that cannot be loaded but is known to the
    /// store by id or id prefix, its stored annotations.
    private func annotationsOf(_ query: String, store: AnnotationStore) throws -> [Annotation] {
        do {
            let found = try libraryOptions.lookup.find(query, store: store)
            return try store.open(found).annotations
        } catch let error as ResolveError {
            let lower = query.lowercased()
            let known = Set(try store.annotatedArticles() + store.libraryIndex().entries.map(\.id))
                .filter { $0.rawValue == lower || (lower.count >= 4 && $0.rawValue.hasPrefix(lower)) }
            guard known.count == 1, let id = known.first else { throw error }
            return try store.annotations(for: id)
        }
    }
}
