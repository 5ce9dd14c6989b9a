import ArgumentParser
import MarginaliaCore

#if canImport(Glibc)
import Glibc
#endif

/// `margin show`: one article as wrapped text with its comment tree, or as JSON.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show an article as clean wrapped text with its comment tree, or as JSON.",
        discussion: """
            ARTICLE is an article file, or names an article in the library (seeds/ from the package root, \
            or the --library paths): its id, a unique id prefix, its path, a unique file-name prefix \
            (e.g. 000), or a unique case-insensitive title substring.
            """
    )

    @Argument(
        help: "The article: a file, id, id prefix, file-name prefix or title substring.",
        completion: ArticleCompletion.kind)
    var article: String

    @Option(name: .customLong("library"), help: "A file or folder to look the article up in (repeatable).")
    var library: [String] = []

    @OptionGroup var samples: SamplesOption

    @Option(help: "Wrap text to this many columns (default: the terminal width up to 100, else 80).")
    var width: Int?

    @Flag(help: "Print the article model as JSON.")
    var json = false

    func validate() throws {
        if let width, width < 20 { throw ValidationError("--width must be at least 20 columns") }
    }

    func run() throws {
        let found = try findArticle()
        if json {
            Console.write(ArticleDocument(found).jsonString())
            return
        }
        let columns = width ?? min(Console.terminalColumns() ?? 80, 100)
        for line in ArticlePlainText.lines(found, width: columns) { Console.line(line) }
        for warning in found.warnings {
            Console.error("margin: warning: \(found.sourcePath ?? found.id.rawValue): \(warning)")
        }
    }

    private func findArticle() throws -> Article {
        var info = stat()
        if stat(article, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR {
            Console.error("margin: \(ImportError.directory(path: article).description)")
            throw ExitCode(1)
        }
        let paths = LibraryPaths.resolve(library + (try samples.paths()))
        if stat(article, &info) == 0 {
            // A file: loaded together with the library (if there is one) so its id is the one the library
            // gives it, told apart from a same-titled article there (Docs/identity.md).
            let loaded = Library(loading: (paths ?? []) + [article])
            if let found = loaded.article(atPath: article) { return found }
            let failure = loaded.failures.first { ArticleFiles.canonicalPath($0.path) == ArticleFiles.canonicalPath(article) }
            Console.error("margin: \(failure?.message ?? "\(article): cannot be imported")")
            throw ExitCode(1)
        }
        // A slash means the user named a file (ids, prefixes and titles rarely hold one): when nothing in the
        // library matches either, say the file is missing rather than that no article matches.
        let missingFile = "margin: \(ImportError.missing(path: article).description)"
        guard let paths else {
            Console.error(article.contains("/") ? missingFile : LibraryPaths.missingPathsMessage)
            throw ExitCode(1)
        }
        let loaded = Library(loading: paths)
        do {
            return try loaded.resolve(article)
        } catch {
            if case .notFound = error, article.contains("/") {
                Console.error(missingFile)
                throw ExitCode(1)
            }
            Console.error("margin: \(error.description)")
            for failure in loaded.failures { Console.error("margin: (not loaded) \(failure.message)") }
            throw ExitCode(1)
        }
    }
}
