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
            var editors: [ArticleID: AnnotationListEditor] = [:]
            var states: [ArticleID: ArticleFilesState] = [:]
            var order: [ArticleID] = []
            func edit(_ article: ArticleID, _ body: (inout AnnotationListEditor) -> Void) throws {
                if editors[article] == nil {
                    order.append(article)
                    var state = try articleState(article)
                    // Take the list out of the cache and the state, so that changing it does not copy it.
                    annotationCache[article] = nil
                    editors[article] = AnnotationListEditor(state.annotations)
                    state.annotations = []
                    states[article] = state
                }
                body(&editors[article]!)
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
                    try edit(annotation.articleID) { $0.put(annotation) }
                case .removeAnnotation(let annotation):
                    try edit(annotation.articleID) { $0.remove(id: annotation.id) }
                case .updateAnnotation(_, let after):
                    try edit(after.articleID) { editor in
                        if let index = editor.firstIndex(of: after.id) { editor.replace(at: index, with: after) }
                    }
                case .batch:
                    break  // flattened above
                }
            }
            // A tag that comes back is saved before the annotations that refer to it; one that goes, after.
            let addsTags = changes.contains { if case .addTag = $0 { true } else { false } }
            if addsTags, tags != tagsBefore { try save(tags) }
            for article in order {
                try save(editors[article]!, for: article, previous: states[article]!)
            }
            if !addsTags, tags != tagsBefore { try save(tags) }
        }
    }
}
