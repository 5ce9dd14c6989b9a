import ArgumentParser
import MarginaliaCore

#if canImport(Glibc)
import Glibc
#endif

/// `margin-bench store-writer`: adds annotations one by one and prints each id after its save returned.
/// The store's reliability tests run it and kill it with SIGKILL, or run two at once.
struct StoreWriter: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store-writer",
        abstract: "Add annotations in a loop, printing each id once its save has returned (for the store's tests).",
        shouldDisplay: false
    )

    @Option(help: "The data folder.")
    var dataDir: String

    @Option(help: "The article id to annotate (several: rotate among them).")
    var article: [String] = ["00000000000000aa"]

    @Option(help: "How many annotations to add (0: until killed).")
    var count = 0

    func run() throws {
        let store = AnnotationStore(directory: dataDir)
        var added = 0
        while count == 0 || added < count {
            let articleID = ArticleID(article[added % article.count])
            let quote = "passage \(added) of process \(getpid())"
            let annotation = Annotation(
                articleID: articleID,
                selector: TextSelector(start: added, end: added + quote.unicodeScalars.count, quote: quote, prefix: "", suffix: ""),
                tagIDs: [TagID("default-claim")], note: "written by store-writer")
            try store.add(annotation)
            let line = annotation.id.uuidString.lowercased() + " " + articleID.rawValue + "\n"
            var bytes = Array(line.utf8)
            // Unbuffered, so a line is out before the next save starts: the test knows which saves returned.
            _ = bytes.withUnsafeMutableBytes { write(1, $0.baseAddress!, $0.count) }
            added += 1
        }
    }
}
