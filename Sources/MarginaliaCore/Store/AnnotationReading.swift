#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension JSONReader {
    /// Reads one annotation object (the fields `JSONWriter.annotation` writes; unknown fields are skipped).
    mutating func annotation() throws(Failure) -> Annotation {
        let objectStart = index
        var id: UUID?
        var article: ArticleID?
        var part: PartID?
        var start: Int?
        var end: Int?
        var quote: String?
        var prefix = ""
        var suffix = ""
        var tags: [TagID] = []
        var note: String?
        var created: Date?
        var modified: Date?
        var status: AnnotationStatus?
        var originalQuote: String?
        try object { reader, key throws(Failure) in
            switch key {
            case "id": id = try reader.uuid()
            case "article": article = ArticleID(try reader.string())
            case "part": part = PartID(try reader.string())
            case "start": start = try reader.int()
            case "end": end = try reader.int()
            case "quote": quote = try reader.string()
            case "prefix": prefix = try reader.optionalString() ?? ""
            case "suffix": suffix = try reader.optionalString() ?? ""
            case "tags":
                if try reader.null() { break }
                try reader.array { reader throws(Failure) in tags.append(TagID(try reader.string())) }
            case "note": note = try reader.optionalString()
            case "created": created = try reader.date()
            case "modified": modified = try reader.date()
            case "status":
                let text = try reader.string()
                guard let value = AnnotationStatus(rawValue: text) else { throw reader.shape("unknown status '\(text)'") }
                status = value
            case "originalQuote": originalQuote = try reader.optionalString()
            default: try reader.skipValue()
            }
        }
        func missing(_ field: String) -> Failure { .shape("an annotation has no '\(field)'", offset: objectStart) }
        guard let id else { throw missing("id") }
        guard let article else { throw missing("article") }
        guard let part else { throw missing("part") }
        guard let start else { throw missing("start") }
        guard let end else { throw missing("end") }
        guard let quote else { throw missing("quote") }
        guard let created else { throw missing("created") }
        guard let status else { throw missing("status") }
        guard start >= 0, end >= start else { throw Failure.shape("an annotation has the invalid range \(start)..<\(end)", offset: objectStart) }
        var annotation = Annotation(
            id: id, articleID: article, part: part,
            selector: TextSelector(start: start, end: end, quote: quote, prefix: prefix, suffix: suffix),
            tagIDs: tags, note: note, created: created, modified: modified ?? created, status: status,
            originalQuote: originalQuote)
        // The initializer truncates to whole seconds; keep what the file says.
        annotation.created = created
        annotation.modified = modified ?? created
        return annotation
    }

    /// Reads an ISO 8601 timestamp string.
    mutating func date() throws(Failure) -> Date {
        var text = try string()
        guard let date = text.withUTF8({ Timestamp.parse(utf8: $0) }) else {
            throw shape("'\(text)' is not an ISO 8601 time")
        }
        return date
    }
}
