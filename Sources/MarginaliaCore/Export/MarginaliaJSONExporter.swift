/// Marginalia's own full-fidelity JSON (documented in Docs/export.md): the articles, the whole tag set with
/// colours, keys and descriptions, and every annotation field, including status, the original quote of a
/// fuzzy re-anchoring, and the anchoring context (prefix and suffix).
public struct MarginaliaJSONExporter: Sendable {
    /// The value of the `format` member, which identifies the file when importing.
    public static let formatName = "marginalia-annotations"
    /// The schema version this build writes (and reads, with every older one).
    public static let schema = 1

    /// Creates an exporter.
    public init() {}

    /// The JSON document's UTF-8 bytes, pretty-printed, with a final newline.
    public func render(_ document: ExportDocument) -> [UInt8] {
        var json = PrettyJSONWriter(capacity: document.annotations.count * 600 + 1024, flatDepth: 2)
        json.beginObject()
        json.member("format", Self.formatName)
        json.member("schema", Self.schema)
        json.member("exported", Timestamp.string(document.exported))
        json.key("articles")
        json.beginArray()
        for article in document.articles {
            json.beginObject()
            json.member("id", article.id.rawValue)
            json.member("title", article.title)
            json.member("byline", article.byline)
            json.member("url", article.url)
            json.member("sourcePath", article.sourcePath)
            json.member("source", article.sourceURI)
            json.endObject()
        }
        json.endArray()
        json.key("tags")
        json.beginArray()
        for tag in document.tags.tags {
            json.beginObject()
            json.member("id", tag.id.rawValue)
            json.member("name", tag.name)
            json.member("color", tag.color.rawValue)
            json.member("key", tag.key)
            json.member("description", tag.description)
            json.endObject()
        }
        json.endArray()
        json.key("annotations")
        json.beginArray()
        for annotation in document.annotations {
            json.beginObject()
            json.member("id", uuid: annotation.id)
            json.member("article", annotation.articleID.rawValue)
            json.member("part", annotation.part.description)
            json.member("start", annotation.start)
            json.member("end", annotation.end)
            json.member("quote", annotation.quote)
            json.member("prefix", annotation.prefix)
            json.member("suffix", annotation.suffix)
            json.member("tags", strings: annotation.tagIDs.map(\.rawValue))
            json.member("note", annotation.note)
            json.member("created", timestamp: annotation.created)
            json.member("modified", timestamp: annotation.modified)
            json.member("status", annotation.status.rawValue)
            json.member("originalQuote", annotation.originalQuote)
            json.endObject()
        }
        json.endArray()
        json.endObject()
        return json.finished()
    }
}
