import MarginaliaCore

/// How `margin annotations` prints annotations: one line each, or a JSON array.
enum AnnotationListing {
    /// The names of an annotation's tags (the id, for a tag that no longer exists).
    static func tagNames(_ annotation: Annotation, _ tags: TagSet) -> [String] {
        annotation.tagIDs.map { tags[$0]?.name ?? $0.rawValue }
    }

    /// The JSON array of annotations (fields in the documented order), with a trailing newline.
    static func json(_ annotations: [Annotation], tags: TagSet) -> String {
        JSONText.array(annotations.map { a in
            .object([
                ("id", .string(a.id.uuidString.lowercased())),
                ("article", .string(a.articleID.rawValue)),
                ("part", .string(a.part.description)),
                ("start", .int(a.start)),
                ("end", .int(a.end)),
                ("quote", .string(a.quote)),
                ("prefix", .string(a.prefix)),
                ("suffix", .string(a.suffix)),
                ("tags", .array(tagNames(a, tags).map(JSONText.string))),
                ("note", .optional(a.note)),
                ("created", .string(Timestamp.string(a.created))),
                ("modified", .string(Timestamp.string(a.modified))),
                ("status", .string(a.status.rawValue)),
            ])
        }).rendered
    }

    /// One line: short id, article, part and range, status if not anchored, tags, the quote, the note.
    static func line(_ a: Annotation, tags: TagSet) -> String {
        var quote = a.quote.replacing("\n", with: " ")
        if quote.count > 70 { quote = String(quote.prefix(69)) + "…" }
        var line = "\(a.id.uuidString.lowercased().prefix(8))  \(a.articleID.rawValue.prefix(8))  \(a.part) \(a.start)-\(a.end)"
        if a.status != .anchored { line += "  (\(a.status.rawValue))" }
        let names = tagNames(a, tags)
        if !names.isEmpty { line += "  [" + names.joined(separator: ", ") + "]" }
        line += "  “\(quote)”"
        if let note = a.note, !note.isEmpty { line += "  — " + note.replacing("\n", with: " ") }
        return line
    }
}
