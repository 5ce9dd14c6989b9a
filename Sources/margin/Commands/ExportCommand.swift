import ArgumentParser
import MarginaliaCore

/// `margin export`: annotations as Markdown, CSV, Marginalia JSON or W3C Web Annotations.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export annotations as Markdown, CSV, JSON or W3C Web Annotations (see Docs/export.md).",
        discussion: """
            FORMAT is markdown (default; Obsidian/Logseq friendly), csv (Readwise's columns plus Tags and \
            Status), json (Marginalia's full-fidelity format, which import-annotations reads back) or w3c \
            (a Web Annotation collection). --article and --tag narrow the export and may be repeated; a tag \
            selects the tags below it too (actors selects actors/russia). Orphaned annotations are exported \
            and marked. The output goes to stdout, or atomically to --output FILE.
            """
    )

    @Option(name: .long, help: "markdown, csv, json or w3c.")
    var format: String = "markdown"

    @Option(
        name: .customLong("article"),
        help: "Only this article: id, id prefix, path, file-name prefix or title substring (repeatable).",
        completion: ArticleCompletion.kind)
    var articles: [String] = []

    @Option(
        name: .customLong("tag"), help: "Only annotations with this tag or one below it (repeatable).",
        completion: TagCompletion.kind)
    var tags: [String] = []

    @Option(name: .customLong("group-by"), help: "Markdown only: article (default) or tag (a codebook).")
    var groupBy: String = "article"

    @Option(name: .shortAndLong, help: "Write to this file instead of stdout (- is stdout).", completion: .file())
    var output: String?

    @Option(name: .customLong("library"), help: "A file or folder of articles (repeatable; default: seeds/ from the package root).")
    var library: [String] = []

    @OptionGroup var samples: SamplesOption

    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
        guard let format = ExportFormat(rawValue: format.lowercased()) else {
            throw ValidationError("unknown format '\(self.format)'; use markdown, csv, json or w3c")
        }
        guard let grouping = ExportGrouping(rawValue: groupBy.lowercased()) else {
            throw ValidationError("unknown --group-by '\(groupBy)'; use article or tag")
        }
        if grouping == .tag, format != .markdown {
            throw ValidationError("--group-by tag applies to the Markdown format only")
        }
    }

    func run() throws {
        let format = ExportFormat(rawValue: format.lowercased()) ?? .markdown
        let grouping = ExportGrouping(rawValue: groupBy.lowercased()) ?? .article
        let store = try AnnotationSources.store(storeOptions)
        let library = try AnnotationSources.library(paths: library + (try samples.paths()), store: store)
        let document: ExportDocument
        do {
            document = try AnnotationSources.storeCall {
                try ExportRequest.gather(store: store, library: library, articleQueries: articles, tagNames: tags)
            }
        } catch let error as ResolveError {
            Console.error("margin: \(error.description)")
            throw ExitCode(1)
        } catch let error as ExportError {
            Console.error("margin: \(error.description)")
            throw ExitCode(1)
        }
        let bytes = format.render(document, grouping: grouping)
        if document.isEmpty {
            Console.error("margin: nothing to export: no annotations match; the \(format.rawValue) document is empty")
        }
        if let output, output != "-" {
            do {
                try ExportFile.write(bytes, to: output)
            } catch {
                Console.error("margin: \(error.description)")
                throw ExitCode(1)
            }
            let orphans = document.annotations.count(where: \.isOrphaned)
            Console.error("margin: exported \(document.annotations.count) annotation\(document.annotations.count == 1 ? "" : "s")"
                + (orphans > 0 ? " (\(orphans) orphaned)" : "") + " to \(output)")
        } else if Console.stdoutIsTerminal {
            // Quotes and notes are untrusted (an imported file can hold escape sequences): a terminal gets them
            // without control characters; a pipe or file gets the document byte for byte.
            Console.write(TerminalSafeText.clean(String(decoding: bytes, as: UTF8.self), removingBidiControls: true))
        } else {
            Console.write(String(decoding: bytes, as: UTF8.self))
        }
    }
}
