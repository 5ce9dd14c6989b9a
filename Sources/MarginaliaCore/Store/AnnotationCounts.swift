/// `counts.json`: how many annotations (and orphans) each article has, with the stamps of the article's files
/// they were counted from, so the library view can show counts without reading every annotation file.
///
/// It is a cache, not data: overwritten in place after each save without fsync or rename (so a save costs one
/// fsync, not three), and
/// an entry is trusted only while the article's snapshot and journal still have the stamps it records. A
/// missing, stale or damaged cache is never an error: the counts are recomputed from the annotation files.
struct AnnotationCounts {
    /// One article's counts and the file stamps they belong to.
    struct Entry: Equatable {
        var annotations: Int
        var orphans: Int
        var files: String
    }

    static let schema = 1

    var entries: [ArticleID: Entry] = [:]

    /// The stamps of an article's snapshot and journal as one comparable string.
    static func files(snapshot: FileStamp?, journal: FileStamp?) -> String {
        func text(_ stamp: FileStamp?) -> String {
            guard let stamp else { return "-" }
            return "\(stamp.device):\(stamp.inode):\(stamp.size):\(stamp.seconds).\(stamp.nanoseconds)"
        }
        return text(snapshot) + "|" + text(journal)
    }

    func encoded() -> [UInt8] {
        var writer = JSONWriter(capacity: 64 + entries.count * 120)
        writer.raw("{\"schema\":")
        writer.int(Self.schema)
        writer.raw(",\"articles\":[")
        for (i, (id, entry)) in entries.sorted(by: { $0.key < $1.key }).enumerated() {
            writer.raw(i == 0 ? "\n" : ",\n")
            writer.raw("{")
            writer.key("id"); writer.string(id.rawValue); writer.raw(",")
            writer.key("annotations"); writer.int(entry.annotations); writer.raw(",")
            writer.key("orphans"); writer.int(entry.orphans); writer.raw(",")
            writer.key("files"); writer.string(entry.files)
            writer.raw("}")
        }
        writer.raw("\n]}\n")
        return writer.bytes
    }

    /// The cache in these bytes, or an empty one if they are not a readable cache of this schema.
    static func decode(_ bytes: [UInt8]) -> AnnotationCounts {
        bytes.withUnsafeBufferPointer { buffer in
            var reader = JSONReader(buffer)
            var counts = AnnotationCounts()
            var schema = 0
            do throws(JSONReader.Failure) {
                try reader.object { reader, key throws(JSONReader.Failure) in
                    switch key {
                    case "schema": schema = try reader.int()
                    case "articles":
                        try reader.array { reader throws(JSONReader.Failure) in
                            var id: ArticleID?
                            var entry = Entry(annotations: 0, orphans: 0, files: "")
                            try reader.object { reader, key throws(JSONReader.Failure) in
                                switch key {
                                case "id": id = ArticleID(try reader.string())
                                case "annotations": entry.annotations = try reader.int()
                                case "orphans": entry.orphans = try reader.int()
                                case "files": entry.files = try reader.string()
                                default: try reader.skipValue()
                                }
                            }
                            if let id { counts.entries[id] = entry }
                        }
                    default: try reader.skipValue()
                    }
                }
            } catch {
                return AnnotationCounts()
            }
            return schema == Self.schema ? counts : AnnotationCounts()
        }
    }
}
