/// What importing a file will do, worked out before anything is written.
public struct ImportPlan: Hashable, Sendable {
    /// An annotation whose article is not in the library: kept as an orphan under the article id given or
    /// derived from its source.
    public struct Unmatched: Hashable, Sendable {
        /// Where in the file it is.
        public var place: String
        /// The article it names (source, title or id).
        public var article: String
        /// The annotation as it will be stored.
        public var annotation: Annotation
    }

    /// Tags to create (names the store does not have yet).
    public var newTags: [Tag]
    /// Annotations to add, re-anchored on the library's articles (orphans included).
    public var additions: [Annotation]
    /// How many were already in the store (same id, or same article, part, range and quote).
    public var duplicates: Int
    /// Additions whose article could not be found.
    public var unmatched: [Unmatched]
    /// The library articles that receive annotations (for the store's library index).
    public var articles: [Article] = []
    /// Things worth telling the user (keys dropped because they were taken, and so on).
    public var warnings: [String]

    /// The store change that carries the plan out (tags first, then annotations).
    public var change: StoreChange {
        .batch(newTags.map(StoreChange.addTag) + additions.map(StoreChange.addAnnotation))
    }

    /// How many additions are orphans (unmatched ones included).
    public var orphaned: Int { additions.count { $0.status == .orphaned } }
    /// How many additions were attached by approximate matching.
    public var fuzzy: Int { additions.count { $0.status == .fuzzy } }
}
