extension AnnotationStore {
    /// Applies a change (an undo history's inverse or redo) under the lock, on fresh copies of the files.
    ///
    /// Changes are applied by id, so they compose with what other processes did meanwhile: removing an
    /// annotation that is already gone, or updating one that was removed, does nothing.
    public func apply(_ change: StoreChange) throws {
        let changes = change.flattened
        try writing {
            var tags = try self.tags()
            let tagsBefore = tags
            var touched: [ArticleID: [Annotation]] = [:]
            var order: [ArticleID] = []
            func list(_ article: ArticleID) throws -> [Annotation] {
                if let existing = touched[article] { return existing }
                order.append(article)
                return try annotations(for: article)
            }
            for single in changes {
                switch single {
                case .addTag(let tag):
                    if tags[tag.id] != nil { try tags.update(tag) } else { try tags.add(tag) }
                case .removeTag(let tag):
                    tags.remove(id: tag.id)
                case .updateTag(_, let after):
                    if tags[after.id] != nil { try tags.update(after) } else { try tags.add(after) }
                case .addAnnotation(let annotation):
                    var annotations = try list(annotation.articleID)
                    if let index = annotations.firstIndex(where: { $0.id == annotation.id }) {
                        annotations[index] = annotation
                    } else {
                        annotations.append(annotation)
                    }
                    touched[annotation.articleID] = annotations
                case .removeAnnotation(let annotation):
                    var annotations = try list(annotation.articleID)
                    annotations.removeAll { $0.id == annotation.id }
                    touched[annotation.articleID] = annotations
                case .updateAnnotation(_, let after):
                    var annotations = try list(after.articleID)
                    if let index = annotations.firstIndex(where: { $0.id == after.id }) { annotations[index] = after }
                    touched[after.articleID] = annotations
                case .batch:
                    break  // flattened above
                }
            }
            // A tag that comes back is saved before the annotations that refer to it; one that goes, after.
            let addsTags = changes.contains { if case .addTag = $0 { true } else { false } }
            if addsTags, tags != tagsBefore { try save(tags) }
            for article in order {
                if let annotations = touched[article], try annotations != self.annotations(for: article) {
                    try save(annotations, for: article)
                }
            }
            if !addsTags, tags != tagsBefore { try save(tags) }
        }
    }
}
