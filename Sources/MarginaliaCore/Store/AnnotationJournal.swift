#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `annotations/<article>.journal`: the changes to an article's annotations since its last snapshot, one JSON
/// object per line, appended and fsynced per change, so that saving one change costs the same whatever the
/// article holds.
///
/// The first line is a header (`{"schema":1,"article":…,"generation":N}`); the journal applies only to the
/// snapshot of the same generation. Each further line is `{"put":{annotation}}` (add or replace by id) or
/// `{"remove":"<id>"}`. A last line without its newline is a write cut short by a crash: its save never
/// returned, so it is ignored, and cut off before the next append.
struct AnnotationJournal {
    /// One journalled change.
    enum Entry: Equatable {
        case put(Annotation)
        case remove(UUID)
    }

    var generation: Int
    var entries: [Entry]
    /// The length of the complete lines; anything after is a torn write.
    var validLength: Int
    /// How many complete lines were read (header and blank lines included).
    var lines: Int = 0

    /// The header line for a new journal.
    static func header(article: ArticleID, generation: Int) -> [UInt8] {
        var writer = JSONWriter()
        writer.raw("{\"schema\":")
        writer.int(AnnotationFile.schema)
        writer.raw(",\"article\":")
        writer.string(article.rawValue)
        writer.raw(",\"generation\":")
        writer.int(generation)
        writer.raw("}\n")
        return writer.bytes
    }

    /// The lines for some entries.
    static func lines(_ entries: [Entry]) -> [UInt8] {
        var writer = JSONWriter(capacity: entries.count * 460)
        for entry in entries {
            switch entry {
            case .put(let annotation):
                writer.raw("{\"put\":")
                writer.annotation(annotation)
                writer.raw("}\n")
            case .remove(let id):
                writer.raw("{\"remove\":")
                writer.uuid(id)
                writer.raw("}\n")
            }
        }
        return writer.bytes
    }

    /// Parses a journal; every failure is a `StoreError` naming the file and the line.
    ///
    /// With `firstLine` above 1, `bytes` are the lines appended after an already-read part (no header).
    static func decode(
        _ bytes: [UInt8], path: String, article expected: ArticleID, firstLine: Int = 1
    ) throws(StoreError) -> AnnotationJournal {
        let validLength = (bytes.lastIndex(of: 0x0A).map { $0 + 1 }) ?? 0
        var journal = AnnotationJournal(generation: 0, entries: [], validLength: validLength)
        try bytes.withUnsafeBufferPointer { buffer throws(StoreError) in
            var lineStart = 0
            var lineNumber = firstLine - 1
            while lineStart < validLength {
                var lineEnd = lineStart
                while buffer[lineEnd] != 0x0A { lineEnd += 1 }
                lineNumber += 1
                var reader = JSONReader(UnsafeBufferPointer(rebasing: buffer[lineStart..<lineEnd]))
                do throws(JSONReader.Failure) {
                    if lineNumber == 1 {
                        journal.generation = try header(&reader, expected: expected)
                    } else if reader.peek() != nil {
                        journal.entries.append(try entry(&reader, expected: expected))
                    }
                    if reader.peek() != nil { throw reader.syntax("unexpected text after the change") }
                } catch {
                    throw StoreError(error, reader: reader, path: path, backup: nil, firstLine: lineNumber)
                }
                lineStart = lineEnd + 1
            }
            journal.lines = lineNumber - (firstLine - 1)
        }
        return journal
    }

    private static func header(_ reader: inout JSONReader, expected: ArticleID) throws(JSONReader.Failure) -> Int {
        var schema: Int?
        var article: ArticleID?
        var generation = 0
        try reader.object { reader, key throws(JSONReader.Failure) in
            switch key {
            case "schema": schema = try reader.int()
            case "article": article = ArticleID(try reader.string())
            case "generation": generation = try reader.int()
            default: try reader.skipValue()
            }
        }
        guard let schema else { throw JSONReader.Failure.shape("the journal header has no 'schema'", offset: 0) }
        if schema > AnnotationFile.schema { throw JSONReader.Failure.newerSchema(schema) }
        guard article == expected else {
            throw JSONReader.Failure.shape("the journal is for article \(article?.rawValue ?? "?"), not \(expected)", offset: 0)
        }
        return generation
    }

    private static func entry(_ reader: inout JSONReader, expected: ArticleID) throws(JSONReader.Failure) -> Entry {
        var result: Entry?
        try reader.object { reader, key throws(JSONReader.Failure) in
            switch key {
            case "put":
                let annotation = try reader.annotation()
                guard annotation.articleID == expected else {
                    throw reader.shape("the annotation belongs to article \(annotation.articleID)")
                }
                result = .put(annotation)
            case "remove":
                let text = try reader.string()
                guard let id = UUID(uuidString: text) else { throw reader.shape("'\(text)' is not a UUID") }
                result = .remove(id)
            default: try reader.skipValue()
            }
        }
        guard let result else { throw JSONReader.Failure.shape("a change is neither 'put' nor 'remove'", offset: 0) }
        return result
    }

    /// Applies entries to a list: `put` replaces the annotation with the same id in place or appends it,
    /// `remove` drops it.
    static func replay(_ entries: [Entry], on annotations: [Annotation]) -> [Annotation] {
        guard !entries.isEmpty else { return annotations }
        var slots: [Annotation?] = annotations
        var position: [UUID: Int] = [:]
        position.reserveCapacity(annotations.count + entries.count)
        for (index, annotation) in annotations.enumerated() { position[annotation.id] = index }
        for entry in entries {
            switch entry {
            case .put(let annotation):
                if let index = position[annotation.id] {
                    slots[index] = annotation
                } else {
                    position[annotation.id] = slots.count
                    slots.append(annotation)
                }
            case .remove(let id):
                if let index = position.removeValue(forKey: id) { slots[index] = nil }
            }
        }
        return slots.compactMap { $0 }
    }
}
