#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import MarginaliaCore

/// An export the reader asks the outside world to make: one article's annotations (or all), to a file whose
/// extension chose the format.
public struct ExportJob: Equatable, Sendable {
    /// The article whose annotations to export; nil for every annotation.
    public var articleID: String?
    /// The file to write (as typed; `~/` is expanded by whoever writes it).
    public var path: String
    /// The format, from the file's extension.
    public var format: ExportFormat
    /// Only these annotations (an annotation list's rows as filtered); nil for all in scope.
    public var annotationIDs: [UUID]?

    /// Creates a job.
    public init(articleID: String?, path: String, format: ExportFormat, annotationIDs: [UUID]? = nil) {
        self.articleID = articleID
        self.path = path
        self.format = format
        self.annotationIDs = annotationIDs
    }

    /// The format a file name asks for: `.md`/`.markdown` Markdown, `.csv` CSV, `.jsonld` or `.w3c.json`
    /// W3C Web Annotations, `.json` Marginalia JSON; nil for anything else.
    public static func format(forPath path: String) -> ExportFormat? {
        let lower = path.lowercased()
        if lower.hasSuffix(".md") || lower.hasSuffix(".markdown") { return .markdown }
        if lower.hasSuffix(".csv") { return .csv }
        if lower.hasSuffix(".jsonld") || lower.hasSuffix(".w3c.json") { return .w3c }
        if lower.hasSuffix(".json") { return .json }
        return nil
    }
}
