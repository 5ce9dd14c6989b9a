/// A W3C Web Annotation `AnnotationCollection` (JSON-LD) with its first and only `AnnotationPage` embedded.
///
/// Each annotation has `@context`, a `urn:uuid:` id, `motivation` (`commenting` with a note, else `tagging`
/// with tags, else `highlighting`), `created` / `modified`, a `tagging` `TextualBody` per tag, a
/// `commenting` one for the note, and a target whose `source` is the part's address (the article URL or a
/// `file:` URI, `#comment-ID` for a comment) with a `TextQuoteSelector` and a `TextPositionSelector`
/// counting Unicode scalars in the part's canonical text. An orphan carries a `describing` body saying so.
public struct W3CExporter: Sendable {
    /// The Web Annotation JSON-LD context.
    public static let context = "http://www.w3.org/ns/anno.jsonld"
    /// The `describing` body text that marks an orphan (recognised, and not taken for a note, on import).
    public static let orphanMarker = "Marginalia: orphaned (this passage was not found in the article's current text)"
    /// The `describing` body text that marks an approximate re-anchoring.
    public static let fuzzyMarker = "Marginalia: re-anchored approximately (the article's text changed here)"

    /// Creates an exporter.
    public init() {}

    /// The collection's UTF-8 bytes, pretty-printed, with a final newline.
    public func render(_ document: ExportDocument) -> [UInt8] {
        var json = PrettyJSONWriter(capacity: document.annotations.count * 1100 + 1024, flatDepth: 3)
        // Ids derived from the content make an unchanged export byte-identical (friendly to version control).
        var hash = SHA256()
        for annotation in document.annotations { withUnsafeBytes(of: annotation.id.uuid) { hash.update($0) } }
        let digest = hash.finalize()
        let collectionID = "urn:uuid:" + Self.uuid(digest, salt: 1)
        json.beginObject()
        json.member("@context", Self.context)
        json.member("id", collectionID)
        json.member("type", "AnnotationCollection")
        json.member("label", "Marginalia annotations")
        json.member("total", document.annotations.count)
        json.member("modified", Timestamp.string(document.exported))
        json.key("first")
        json.beginObject()
        json.member("id", "urn:uuid:" + Self.uuid(digest, salt: 2))
        json.member("type", "AnnotationPage")
        json.member("startIndex", 0)
        json.key("items")
        json.beginArray()
        for annotation in document.annotations { write(annotation, in: document, to: &json) }
        json.endArray()
        json.endObject()
        json.endObject()
        return json.finished()
    }

    /// One annotation as a standalone Web Annotation object.
    func write(_ annotation: Annotation, in document: ExportDocument, to json: inout PrettyJSONWriter) {
        let tags = document.tags(of: annotation)
        let note = annotation.note.flatMap { $0.isEmpty ? nil : $0 }
        json.beginObject()
        json.member("@context", Self.context)
        json.member("id", uuid: annotation.id, prefix: "urn:uuid:")
        json.member("type", "Annotation")
        json.member("motivation", note != nil ? "commenting" : tags.isEmpty ? "highlighting" : "tagging")
        json.member("created", timestamp: annotation.created)
        json.member("modified", timestamp: annotation.modified)
        let marker: String? = switch annotation.status {
        case .orphaned: Self.orphanMarker
        case .fuzzy: Self.fuzzyMarker
        case .anchored: nil
        }
        if !tags.isEmpty || note != nil || marker != nil {
            json.key("body")
            json.beginArray()
            for tag in tags { textualBody(tag.name, purpose: "tagging", to: &json) }
            if let note { textualBody(note, purpose: "commenting", to: &json) }
            if let marker { textualBody(marker, purpose: "describing", to: &json) }
            json.endArray()
        }
        json.key("target")
        json.beginObject()
        json.member("source", document.source(of: annotation))
        json.key("selector")
        json.beginArray()
        json.beginObject()
        json.member("type", "TextQuoteSelector")
        json.member("exact", annotation.quote)
        if !annotation.prefix.isEmpty { json.member("prefix", annotation.prefix) }
        if !annotation.suffix.isEmpty { json.member("suffix", annotation.suffix) }
        json.endObject()
        json.beginObject()
        json.member("type", "TextPositionSelector")
        json.member("start", annotation.start)
        json.member("end", annotation.end)
        json.endObject()
        json.endArray()
        json.endObject()
        json.endObject()
    }

    private func textualBody(_ value: String, purpose: String, to json: inout PrettyJSONWriter) {
        json.beginObject()
        json.member("type", "TextualBody")
        json.member("purpose", purpose)
        json.member("value", value)
        json.member("format", "text/plain")
        json.endObject()
    }

    /// A version-4-shaped UUID string made from a digest (so it is stable for the same content).
    static func uuid(_ digest: [UInt8], salt: UInt8) -> String {
        var bytes = Array(digest.prefix(16))
        bytes[0] ^= salt
        bytes[6] = (bytes[6] & 0x0F) | 0x40
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        let hex = SHA256.hex(bytes)
        let chars = Array(hex)
        return String(chars[0..<8]) + "-" + String(chars[8..<12]) + "-" + String(chars[12..<16]) + "-"
            + String(chars[16..<20]) + "-" + String(chars[20..<32])
    }
}
