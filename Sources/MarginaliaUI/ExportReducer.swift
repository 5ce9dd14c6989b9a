#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// The export key: asks for a file name (the extension chooses the format), then asks the outside world to
/// write the open article's annotations, in the library every annotation, or in an annotation list (this
/// article's, or the library-wide one) the rows it shows; the result comes back as
/// `Action.exportFinished` and shows on the status line.
enum ExportReducer {
    /// Starts the prompt with a suggested file name.
    static func start(in state: inout AppState) -> [Effect] {
        let articleID = state.screen == .reader ? state.reader?.article.id.rawValue : nil
        let suggestion = articleID.map { "annotations-\($0.prefix(8)).md" } ?? "annotations.md"
        state.prompt = Prompt(kind: .export(articleID: articleID), text: suggestion)
        return []
    }

    /// `x` in an annotation list: asks for a file for the rows the list shows (as filtered).
    static func startList(_ rows: [AnnotationListRow], libraryWide: Bool, in state: inout AppState) -> [Effect] {
        let articleID = libraryWide ? nil : state.reader?.article.id.rawValue
        state.prompt = Prompt(kind: .export(articleID: articleID, annotationIDs: rows.map(\.annotation.id)), text: "annotation-list.md")
        return []
    }

    /// Enter on the prompt: the export effect, or a message saying what is wrong with the name.
    static func finish(_ prompt: Prompt, articleID: String?, annotationIDs: [UUID]? = nil, in state: inout AppState) -> [Effect] {
        let path = prompt.text
        guard !path.isEmpty else {
            state.message = StatusMessage("Export cancelled: no file name")
            return []
        }
        guard let format = ExportJob.format(forPath: path) else {
            state.message = StatusMessage("Cannot tell the format of \(path): end the name in .md, .csv, .json or .jsonld", isError: true)
            return []
        }
        state.message = StatusMessage("Exporting to \(path)…")
        return [.export(ExportJob(articleID: articleID, path: path, format: format, annotationIDs: annotationIDs))]
    }
}
