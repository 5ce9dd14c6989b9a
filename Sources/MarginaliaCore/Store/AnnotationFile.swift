/// `annotations/<article>.json`: a snapshot of one article's annotations.
///
/// Changes between snapshots go to the article's journal (`AnnotationJournal`); a snapshot carries a
/// generation number, and only a journal of the same generation is replayed on it.
struct AnnotationFile {
    /// The schema version this build writes and reads.
    static let schema = 1

    var article: ArticleID
    var generation: Int
    var annotations: [Annotation]

    /// The file's bytes: a header, then one annotation per line (diff-friendly, fast to write).
    func encoded() -> [UInt8] {
        var writer = JSONWriter(capacity: 96 + annotations.count * 450)
        writer.raw("{\"schema\":")
        writer.int(Self.schema)
        writer.raw(",\"article\":")
        writer.string(article.rawValue)
        writer.raw(",\"generation\":")
        writer.int(generation)
        writer.raw(",\"annotations\":[")
        for (index, annotation) in annotations.enumerated() {
            writer.raw(index == 0 ? "\n" : ",\n")
            writer.annotation(annotation)
        }
        writer.raw("\n]}\n")
        return writer.bytes
    }

    /// Parses a snapshot; every failure is a `StoreError` naming the file.
    static func decode(_ bytes: [UInt8], path: String, article expected: ArticleID) throws(StoreError) -> AnnotationFile {
        let backup = AtomicFile.exists(path + ".bak") ? path + ".bak" : nil
        return try bytes.withUnsafeBufferPointer { buffer throws(StoreError) in
            var reader = JSONReader(buffer)
            do throws(JSONReader.Failure) {
                if reader.peek() == nil { throw JSONReader.Failure.syntax("the file is empty, perhaps truncated", offset: 0) }
                var schema: Int?
                var article: ArticleID?
                var generation = 0
                var annotationsOffset: Int?
                var annotations: [Annotation]?
                // The annotations are read in the same pass when the schema and article came first (as this build
                // writes them); otherwise they are skipped (but checked) and read afterwards, so that a newer
                // schema is reported as such even if its annotations look different.
                try reader.object { reader, key throws(JSONReader.Failure) in
                    switch key {
                    case "schema": schema = try reader.int()
                    case "article": article = ArticleID(try reader.string())
                    case "generation": generation = try reader.int()
                    case "annotations":
                        annotationsOffset = reader.index
                        if let schema, schema <= Self.schema, let article, article == expected {
                            annotations = try Self.annotations(&reader, article: article)
                        } else {
                            try reader.skipValue()
                        }
                    default: try reader.skipValue()
                    }
                }
                if reader.peek() != nil { throw reader.syntax("unexpected text after the end") }
                guard let schema else { throw JSONReader.Failure.shape("there is no 'schema' field", offset: 0) }
                if schema > Self.schema { throw JSONReader.Failure.newerSchema(schema) }
                guard let article else { throw JSONReader.Failure.shape("there is no 'article' field", offset: 0) }
                guard article == expected else {
                    throw JSONReader.Failure.shape("it holds article \(article), not \(expected)", offset: 0)
                }
                guard let annotationsOffset else { throw JSONReader.Failure.shape("there is no 'annotations' field", offset: 0) }
                if annotations == nil {
                    reader.index = annotationsOffset
                    annotations = try Self.annotations(&reader, article: article)
                }
                return AnnotationFile(article: article, generation: generation, annotations: annotations ?? [])
            } catch {
                throw StoreError(error, reader: reader, path: path, backup: backup)
            }
        }
    }
}

extension AnnotationFile {
    /// Reads the annotations array, checking each belongs to the article.
    static func annotations(_ reader: inout JSONReader, article: ArticleID) throws(JSONReader.Failure) -> [Annotation] {
        var annotations: [Annotation] = []
        try reader.array { reader throws(JSONReader.Failure) in
            let offset = reader.index
            let annotation = try reader.annotation()
            guard annotation.articleID == article else {
                throw JSONReader.Failure.shape("an annotation belongs to article \(annotation.articleID)", offset: offset)
            }
            annotations.append(annotation)
        }
        return annotations
    }
}

extension StoreError {
    /// The store error for a reader failure in a file.
    init(_ failure: JSONReader.Failure, reader: JSONReader, path: String, backup: String?, firstLine: Int = 1) {
        switch failure {
        case .syntax(let message, let offset):
            let (line, column) = reader.position(of: offset)
            self = .corrupt(path: path, detail: "\(message) at line \(line + firstLine - 1), column \(column)", backup: backup)
        case .shape(let message, let offset):
            let (line, column) = reader.position(of: offset)
            self = .wrongShape(path: path, detail: "\(message) at line \(line + firstLine - 1), column \(column)", backup: backup)
        case .newerSchema(let found):
            self = .newerSchema(path: path, found: found, supported: AnnotationFile.schema)
        }
    }
}
