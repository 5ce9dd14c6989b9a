extension AnnotationStore {
    /// Records the title and source file of articles that received imported annotations, without marking them
    /// opened, so that later commands run from any folder can find and name them. Entries that already have
    /// a title or a source file keep them.
    public func remember(_ articles: [Article]) throws {
        guard !articles.isEmpty else { return }
        try writing {
            var index = try libraryIndex()
            let before = index
            for article in articles {
                index.modify(article.id) { entry in
                    if entry.title.isEmpty { entry.title = article.title }
                    if entry.sourcePath == nil, let path = article.sourcePath { entry.sourcePath = FileURI.absolutePath(path) }
                }
            }
            if index != before { try save(index) }
        }
    }
}
