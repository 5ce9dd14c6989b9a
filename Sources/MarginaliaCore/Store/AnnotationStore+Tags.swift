extension AnnotationStore {
    /// Re-reads the tag set under the lock, lets `body` change it, and saves it.
    func modifyTags<T>(_ body: (inout TagSet) throws -> T) throws -> T {
        try writing {
            var tags = try self.tags()
            let before = tags
            let result = try body(&tags)
            if tags != before || !AtomicFile.exists(tagsPath) { try save(tags) }
            return result
        }
    }

    /// The tag with this name, or a `TagError.unknownName`.
    public func tag(named name: String) throws -> Tag {
        guard let tag = try tags().tag(named: name) else { throw TagError.unknownName(name) }
        return tag
    }

    /// Adds a tag; returns the change for the undo history.
    @discardableResult
    public func addTag(_ tag: Tag) throws -> StoreChange {
        try modifyTags { tags in try tags.add(tag) }
        return .addTag(tag)
    }

    /// Replaces the tag with the same id (rename, recolour, rebind, describe); names and keys stay unique.
    @discardableResult
    public func updateTag(_ tag: Tag) throws -> StoreChange {
        let before = try modifyTags { tags -> Tag in
            guard let before = tags[tag.id] else { throw TagError.unknownID(tag.id) }
            try tags.update(tag)
            return before
        }
        return .updateTag(before: before, after: tag)
    }

    /// Renames a tag (looked up by name, case-insensitively).
    @discardableResult
    public func renameTag(_ name: String, to newName: String) throws -> StoreChange {
        try modifyTag(named: name) { $0.name = newName }
    }

    /// Binds a tag to a shortcut key, or unbinds it (nil).
    @discardableResult
    public func setTagKey(_ name: String, to key: String?) throws -> StoreChange {
        try modifyTag(named: name) { $0.key = key }
    }

    /// Recolours a tag.
    @discardableResult
    public func setTagColor(_ name: String, to color: TagColor) throws -> StoreChange {
        try modifyTag(named: name) { $0.color = color }
    }

    /// Sets or clears a tag's description.
    @discardableResult
    public func setTagDescription(_ name: String, to description: String?) throws -> StoreChange {
        try modifyTag(named: name) { $0.description = description }
    }

    private func modifyTag(named name: String, _ body: (inout Tag) -> Void) throws -> StoreChange {
        try writing {
            var tag = try self.tag(named: name)
            body(&tag)
            return try updateTag(tag)
        }
    }

    /// Merges tag `source` into `target`: every annotation tagged `source` gets `target` instead, and `source`
    /// is removed. Returns how many annotations it touched and the change for the undo history.
    @discardableResult
    public func mergeTags(_ source: String, into target: String) throws -> (touched: Int, change: StoreChange) {
        try writing {
            let from = try tag(named: source)
            let to = try tag(named: target)
            if from.id == to.id { throw TagError.mergeIntoItself(from.name) }
            let updates = try retag { ids in
                guard ids.contains(from.id) else { return nil }
                var result: [TagID] = []
                for id in ids {
                    let mapped = id == from.id ? to.id : id
                    if !result.contains(mapped) { result.append(mapped) }
                }
                return result
            }
            try modifyTags { tags in _ = tags.remove(id: from.id) }
            return (updates.count, .batch(updates + [.removeTag(from)]))
        }
    }

    /// Removes a tag and takes it off every annotation. Returns how many annotations it touched and the change.
    @discardableResult
    public func removeTag(_ name: String) throws -> (touched: Int, change: StoreChange) {
        try writing {
            let tag = try self.tag(named: name)
            let updates = try retag { ids in ids.contains(tag.id) ? ids.filter { $0 != tag.id } : nil }
            try modifyTags { tags in _ = tags.remove(id: tag.id) }
            return (updates.count, .batch(updates + [.removeTag(tag)]))
        }
    }

    /// The number of annotations carrying each tag, over the whole store.
    public func tagCounts() throws -> [TagID: Int] {
        var counts: [TagID: Int] = [:]
        for (_, annotations) in try allAnnotations() {
            for annotation in annotations {
                for id in Set(annotation.tagIDs) { counts[id, default: 0] += 1 }
            }
        }
        return counts
    }

    /// Applies `map` to every annotation's tag ids (nil: leave it alone), saving each changed article file;
    /// returns the annotation changes. Annotation files are saved before the tags file, so a crash in between
    /// leaves the tag in place rather than dangling references.
    private func retag(_ map: ([TagID]) -> [TagID]?) throws -> [StoreChange] {
        var changes: [StoreChange] = []
        let now = Timestamp.now()
        for article in try annotatedArticles() {
            try modifyAnnotations(of: article) { editor in
                for index in editor.annotations.indices {
                    guard let ids = map(editor.annotations[index].tagIDs) else { continue }
                    let before = editor.annotations[index]
                    var after = before
                    after.tagIDs = ids
                    after.modified = now
                    editor.replace(at: index, with: after)
                    changes.append(.updateAnnotation(before: before, after: after))
                }
            }
        }
        return changes
    }
}
