/// `library.json`: the articles opened before and their reading positions, written and read with the fast JSON
/// writer and reader because it may hold thousands of articles. (Annotation counts live in `counts.json`.)
struct LibraryFile {
    /// The schema version this build writes and reads.
    static let schema = 1

    var index: LibraryIndex

    /// The file's bytes: a header, then one article per line.
    func encoded() -> [UInt8] {
        var writer = JSONWriter(capacity: 64 + index.entries.count * 200)
        writer.raw("{\"schema\":")
        writer.int(Self.schema)
        writer.raw(",\"articles\":[")
        for (i, entry) in index.entries.enumerated() {
            writer.raw(i == 0 ? "\n" : ",\n")
            writer.raw("{")
            writer.key("id"); writer.string(entry.id.rawValue)
            writer.raw(","); writer.key("title"); writer.string(entry.title)
            if let path = entry.sourcePath { writer.raw(","); writer.key("sourcePath"); writer.string(path) }
            if let date = entry.lastOpened { writer.raw(","); writer.key("lastOpened"); writer.date(date) }
            if let position = entry.position {
                writer.raw(","); writer.key("position"); writer.raw("{")
                writer.key("part"); writer.string(position.part.description)
                writer.raw(","); writer.key("block"); writer.int(position.block)
                writer.raw(","); writer.key("offset"); writer.int(position.offset)
                writer.raw("}")
            }
            writer.raw("}")
        }
        writer.raw("\n]}\n")
        return writer.bytes
    }

    /// Parses the file; every failure is a `StoreError` naming it.
    static func decode(_ bytes: [UInt8], path: String) throws(StoreError) -> LibraryFile {
        let backup = AtomicFile.exists(path + ".bak") ? path + ".bak" : nil
        return try bytes.withUnsafeBufferPointer { buffer throws(StoreError) in
            var reader = JSONReader(buffer)
            do throws(JSONReader.Failure) {
                if reader.peek() == nil { throw JSONReader.Failure.syntax("the file is empty, perhaps truncated", offset: 0) }
                var schema: Int?
                var articlesOffset: Int?
                try reader.object { reader, key throws(JSONReader.Failure) in
                    switch key {
                    case "schema": schema = try reader.int()
                    case "articles":
                        articlesOffset = reader.index
                        try reader.skipValue()
                    default: try reader.skipValue()
                    }
                }
                if reader.peek() != nil { throw reader.syntax("unexpected text after the end") }
                guard let schema else { throw JSONReader.Failure.shape("there is no 'schema' field", offset: 0) }
                if schema > Self.schema { throw JSONReader.Failure.newerSchema(schema) }
                guard let articlesOffset else { throw JSONReader.Failure.shape("there is no 'articles' field", offset: 0) }
                reader.index = articlesOffset
                var entries: [LibraryEntry] = []
                try reader.array { reader throws(JSONReader.Failure) in entries.append(try reader.libraryEntry()) }
                return LibraryFile(index: LibraryIndex(entries: entries))
            } catch {
                throw StoreError(error, reader: reader, path: path, backup: backup)
            }
        }
    }
}

extension JSONReader {
    /// Reads one library entry.
    mutating func libraryEntry() throws(Failure) -> LibraryEntry {
        let start = index
        var id: ArticleID?
        var entry = LibraryEntry(id: ArticleID(""))
        try object { reader, key throws(Failure) in
            switch key {
            case "id": id = ArticleID(try reader.string())
            case "title": entry.title = try reader.optionalString() ?? ""
            case "sourcePath": entry.sourcePath = try reader.optionalString()
            case "lastOpened": entry.lastOpened = try reader.null() ? nil : try reader.date()
            case "position":
                if try reader.null() { break }
                var position = ReadingPosition()
                try reader.object { reader, key throws(Failure) in
                    switch key {
                    case "part": position.part = PartID(try reader.string())
                    case "block": position.block = try reader.int()
                    case "offset": position.offset = try reader.int()
                    default: try reader.skipValue()
                    }
                }
                entry.position = position
            default: try reader.skipValue()
            }
        }
        guard let id else { throw Failure.shape("an article has no 'id'", offset: start) }
        entry.id = id
        return entry
    }
}
