import ArgumentParser
import MarginaliaCore

/// `margin import-annotations`: brings annotations back from Marginalia JSON or W3C Web Annotations.
struct ImportAnnotationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-annotations",
        abstract: "Import annotations from a Marginalia JSON export or W3C Web Annotations (see Docs/export.md).",
        discussion: """
            The format is detected when --format is not given. W3C input may be one annotation, a page, a \
            collection with its pages embedded, or an array (Hypothesis-style annotations with a \
            TextQuoteSelector and maybe no position are fine). Each annotation is matched to an article in \
            the library (the --library paths or seeds/ from the package root, plus the articles the store \
            remembers) by id, source URL or file, title, or quote, and re-anchored on its text. Annotations \
            already in the store are skipped, so importing a file twice adds nothing the second time. An \
            annotation whose article is not found is kept as an orphan and listed on stderr. The whole file \
            is checked before anything is written: a malformed file is an error naming the place, and \
            nothing is imported.
            """
    )

    @Argument(help: "The file to import.", completion: .file(extensions: ["json", "jsonld"]))
    var file: String

    @Option(name: .long, help: "json or w3c (default: detected).")
    var format: String?

    @Option(name: .customLong("library"), help: "A file or folder of articles (repeatable; default: seeds/ from the package root).")
    var library: [String] = []

    @OptionGroup var samples: SamplesOption

    @OptionGroup var storeOptions: StoreOptions

    @Flag(help: "Report what would be imported without writing anything.")
    var dryRun = false

    func validate() throws {
        if let format, ExportFormat(rawValue: format.lowercased()).map({ $0 == .json || $0 == .w3c }) != true {
            throw ValidationError("unknown import format '\(format)'; use json or w3c")
        }
    }

    func run() throws {
        let bundle: ImportBundle
        do {
            bundle = try ImportBundle.read(contentsOf: file, format: format.flatMap { ExportFormat(rawValue: $0.lowercased()) })
        } catch {
            Console.error("margin: \(file): \(error.description)")
            throw ExitCode(1)
        }
        let store = try AnnotationSources.store(storeOptions)
        let library = try AnnotationSources.library(paths: library + (try samples.paths()), store: store)
        let plan = try AnnotationSources.storeCall {
            let existing = try store.allAnnotations().flatMap(\.annotations)
            return AnnotationImporter(articles: library).plan(bundle, existing: existing, tags: try store.tags())
        }
        if !dryRun, !plan.additions.isEmpty || !plan.newTags.isEmpty {
            try AnnotationSources.storeCall {
                try store.apply(plan.change)
                try store.remember(plan.articles)
            }
        }
        for line in bundle.skipped { Console.error("margin: skipped \(line)") }
        for warning in plan.warnings { Console.error("margin: warning: \(warning)") }
        if !plan.unmatched.isEmpty {
            Console.error("margin: \(plan.unmatched.count) annotation\(plan.unmatched.count == 1 ? "'s" : "s'") article "
                + "\(plan.unmatched.count == 1 ? "is" : "are") not in the library; kept as orphans:")
            for item in plan.unmatched {
                Console.error("  \(item.place): \(item.article): “\(Self.excerpt(item.annotation.quote))”")
            }
        }
        let added = plan.additions.count
        var summary = (dryRun ? "would import " : "imported ") + "\(added) annotation\(added == 1 ? "" : "s")"
            + " from \(file) (\(bundle.format == .json ? "Marginalia JSON" : "W3C"))"
        var details: [String] = []
        if plan.orphaned > 0 { details.append("\(plan.orphaned) orphaned") }
        if plan.fuzzy > 0 { details.append("\(plan.fuzzy) re-anchored approximately") }
        if !plan.newTags.isEmpty { details.append("\(plan.newTags.count) new tag\(plan.newTags.count == 1 ? "" : "s")") }
        if plan.duplicates > 0 { details.append("\(plan.duplicates) already present") }
        if !details.isEmpty { summary += ": " + details.joined(separator: ", ") }
        Console.line(summary)
    }

    static func excerpt(_ text: String) -> String {
        let flat = text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).joined(separator: " ")
        return flat.count > 60 ? String(flat.prefix(59)) + "…" : flat
    }
}
