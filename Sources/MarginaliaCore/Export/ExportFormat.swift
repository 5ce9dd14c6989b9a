/// The formats annotations can be exported to (see Docs/export.md).
public enum ExportFormat: String, Hashable, Sendable, CaseIterable {
    /// Markdown for notes apps (Obsidian, Logseq): a heading per article, a blockquote per passage.
    case markdown
    /// CSV with Readwise's columns plus tags and status.
    case csv
    /// Marginalia's own full-fidelity JSON.
    case json
    /// A W3C Web Annotation collection (JSON-LD).
    case w3c

    /// The usual file extension for the format.
    public var fileExtension: String {
        switch self {
        case .markdown: "md"
        case .csv: "csv"
        case .json: "json"
        case .w3c: "jsonld"
        }
    }

    /// The exported document's bytes.
    public func render(_ document: ExportDocument, grouping: ExportGrouping = .article) -> [UInt8] {
        switch self {
        case .markdown: MarkdownExporter(grouping: grouping).bytes(document)
        case .csv: CSVExporter().bytes(document)
        case .json: MarginaliaJSONExporter().render(document)
        case .w3c: W3CExporter().render(document)
        }
    }
}
