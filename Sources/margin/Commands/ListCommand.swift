import ArgumentParser
import MarginaliaCore

/// `margin list`: the articles in the given files and folders, as a table or JSON.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the articles in files and folders (default: seeds/ from the package root).",
        discussion: """
            Folders are searched recursively for .txt and .text files; hidden files and folders are skipped. \
            A file named explicitly is imported whatever its extension. A file that cannot be imported is \
            reported on stderr and skipped; the others are still listed, and the exit status is then 1.
            """
    )

    @Argument(help: "Article files or folders.")
    var paths: [String] = []

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    @OptionGroup var samples: SamplesOption

    func run() throws {
        guard let paths = LibraryPaths.resolve(paths + (try samples.paths())) else {
            Console.error(LibraryPaths.missingPathsMessage)
            throw ExitCode(1)
        }
        let library = Library(loading: paths)
        if json {
            Console.write(ArticleSummary.jsonString(library.articles))
        } else {
            for line in ArticleSummary.table(library.articles) { Console.line(line) }
        }
        for failure in library.failures { Console.error("margin: \(failure.message)") }
        if library.articles.isEmpty && library.failures.isEmpty {
            Console.error("margin: no article files (.txt, .text) found under \(paths.joined(separator: ", "))")
        }
        if !library.failures.isEmpty { throw ExitCode(1) }
    }
}
