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

    /// The CSV document: the header, then one record per annotation.
    public func render(_ document: ExportDocument) -> String {
        var out = ""
        out.reserveCapacity(document.annotations.count * 300 + 64)
        record(Self.columns, into: &out)
        for annotation in document.annotations {
            let article = document.article(annotation.articleID)
            let author = document.commentAuthor(of: annotation) ?? article.byline ?? ""
            record([
                annotation.quote,
                article.displayTitle,
                author,
                article.sourceURI(for: annotation.part),
                annotation.note ?? "",
                String(annotation.start),
                Timestamp.string(annotation.created),
                document.tags(of: annotation).map(\.name).joined(separator: ", "),
                annotation.status.rawValue,
            ], into: &out)
        }
        return out
    }

    private func record(_ fields: [String], into out: inout String) {
        for (index, field) in fields.enumerated() {
            if index > 0 { out += "," }
            Self.field(field, into: &out)
        }
        out += "\r\n"
    }

    /// One field, quoted when RFC 4180 requires it.
    static func field(_ value: String, into out: inout String) {
        let needsQuotes = value.utf8.contains { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "\"") || $0 == 0x0A || $0 == 0x0D }
        guard needsQuotes else {
            out += value
            return
        }
        out += "\""
        if value.utf8.contains(UInt8(ascii: "\"")) {
            // By scalar, not Character: a quote followed by a combining mark is one Character.
            var doubled = String.UnicodeScalarView()
            for scalar in value.unicodeScalars {
                if scalar == "\"" { doubled.append(scalar) }
                doubled.append(scalar)
            }
            out += String(doubled)
        } else {
            out += value
        }
        out += "\""
    }
}
