#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import MarginaliaCore
import MarginaliaUI

/// The reader's export key, done: gathers the annotations from the store, renders them in the chosen format
/// and writes the file atomically, returning the status-line message.
enum ReaderExport {
    static func run(_ job: ExportJob, store: AnnotationStore?, articles: [Article]) -> StatusMessage {
        guard let store else { return StatusMessage("Cannot export: there is no data folder", isError: true) }
        do {
            let document = try ExportRequest.gather(
                store: store, library: articles, articleQueries: job.articleID.map { [$0] } ?? [],
                annotationIDs: job.annotationIDs.map(Set.init))
            try ExportFile.write(job.format.render(document), to: expandingHome(job.path))
            let count = document.annotations.count
            let what = count == 0 ? "nothing to export; wrote an empty document" : "\(count) annotation\(count == 1 ? "" : "s")"
            return StatusMessage("Exported \(what) to \(job.path)")
        } catch {
            return StatusMessage("Export failed: \(error)", isError: true)
        }
    }

    /// The path with a leading `~/` replaced by the home folder.
    static func expandingHome(_ path: String) -> String {
        guard path == "~" || path.hasPrefix("~/"), let home = ProcessInfo.processInfo.environment["HOME"], !home.isEmpty else {
            return path
        }
        return home + path.dropFirst()
    }
}
