/// CSV with the columns Readwise's CSV import reads (`Highlight,Title,Author,URL,Note,Location,Date`) plus
/// `Tags` (names separated by `, `) and `Status` (`anchored`, `fuzzy` or `orphaned`).
///
/// RFC 4180: records end with CRLF; a field holding a comma, quote, CR or LF is quoted and its quotes
/// doubled; UTF-8 without a byte-order mark. `Author` is the article's byline, or the commenter for a
/// passage in a comment; `URL` is the part's address (see `ExportArticle.sourceURI(for:)`); `Location` is
/// the passage's first Unicode scalar in its part; `Date` is when it was made (ISO 8601 UTC).
public struct CSVExporter: Sendable {
    /// The header row's fields.
    public static let columns = ["Highlight", "Title", "Author", "URL", "Note", "Location", "Date", "Tags", "Status"]

    /// Creates an exporter.
    public init() {}

    /// The CSV document.
    public func render(_ document: ExportDocument) -> String {
        String(decoding: bytes(document), as: UTF8.self)
    }

    /// The CSV document's UTF-8 bytes: the header, then one record per annotation.
    public func bytes(_ document: ExportDocument) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(document.annotations.count * 300 + 64)
        for (index, column) in Self.columns.enumerated() {
            if index > 0 { out.append(UInt8(ascii: ",")) }
            ExportBytes.append(column, to: &out)
        }
        out.append(contentsOf: [0x0D, 0x0A])
        var tagNames: [TagID: String] = [:]
        for tag in document.tags.tags { tagNames[tag.id] = tag.name }
        for annotation in document.annotations {
            let article = document.article(annotation.articleID)
            Self.field(annotation.quote, into: &out)
            out.append(UInt8(ascii: ","))
            Self.field(article.displayTitle, into: &out)
            out.append(UInt8(ascii: ","))
            Self.field(document.commentAuthor(of: annotation) ?? article.byline ?? "", into: &out)
            out.append(UInt8(ascii: ","))
            Self.field(document.source(of: annotation), into: &out)
            out.append(UInt8(ascii: ","))
            Self.field(annotation.note ?? "", into: &out)
            out.append(UInt8(ascii: ","))
            ExportBytes.appendInt(annotation.start, to: &out)
            out.append(UInt8(ascii: ","))
            ExportBytes.appendTimestamp(annotation.created, to: &out)
            out.append(UInt8(ascii: ","))
            Self.field(annotation.tagIDs.compactMap { tagNames[$0] }.joined(separator: ", "), into: &out)
            out.append(UInt8(ascii: ","))
            ExportBytes.append(annotation.status.rawValue, to: &out)
            out.append(contentsOf: [0x0D, 0x0A])
        }
        return out
    }

    /// Appends one field, quoted when RFC 4180 requires it (working on UTF-8: the quote is ASCII, so a
    /// quote followed by a combining mark is still doubled).
    static func field(_ value: String, into out: inout [UInt8]) {
        var copy = value
        copy.withUTF8 { utf8 in
            let needsQuotes = utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
            guard needsQuotes else {
                out.append(contentsOf: utf8)
                return
            }
            out.append(UInt8(ascii: "\""))
            for byte in utf8 {
                if byte == UInt8(ascii: "\"") { out.append(byte) }
                out.append(byte)
            }
            out.append(UInt8(ascii: "\""))
        }
    }
}
