import ArgumentParser
import MarginaliaCore

#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif

/// `margin-bench export`: exporting 100,000 annotations in every format (issue 6; target < 2 s each).
struct ExportBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Time exporting 100,000 annotations (read from a store, selected, rendered, written) in every format."
    )

    @Option(help: "Scratch folder for the generated store and exports (removed afterwards).")
    var scratch = "/tmp/marginalia-export-bench-\(getpid())"

    @Option(help: "How many articles (each gets the same share of the annotations).")
    var articles = 100

    @Option(help: "How many annotations in all.")
    var annotations = 100_000

    func run() throws {
        defer { removeTree(scratch) }
        let (store, library) = try makeStore()
        print("\(annotations) annotations on \(articles) articles (a quarter in nested comments, a third with notes, "
            + "2% orphans); each export reads a fresh store, selects, renders and writes a file (fsync + rename)")
        var loaded = 0
        let load = try measure { loaded = try AnnotationStore(directory: store).allAnnotations().reduce(0) { $0 + $1.annotations.count } }
        print("  reference: the store's own load of \(loaded) annotations: \(load)")
        for exportFormat in ExportFormat.allCases {
            let path = scratch + "/export.\(exportFormat.fileExtension)"
            var document: ExportDocument?
            var bytes: [UInt8] = []
            let gather = try measure { document = try ExportRequest.gather(store: AnnotationStore(directory: store), library: library) }
            let render = measure { bytes = exportFormat.render(document!) }
            let write = try measure { try ExportFile.write(bytes, to: path) }
            let total = gather + render + write
            print("export \(exportFormat.rawValue): \(total)  [target < 2000 ms]")
            print("  read+select \(gather), render \(render), write \(write); \(bytes.count / 1_000_000) MB")
        }
        let document = try ExportRequest.gather(store: AnnotationStore(directory: store), library: library)
        let codebook = measure { _ = ExportFormat.markdown.render(document, grouping: .tag) }
        print("render markdown --group-by tag: \(codebook)")
    }

    /// Wall and CPU (user + system) time of a step.
    struct Timing {
        var wall: Double
        var cpu: Double

        static func + (a: Timing, b: Timing) -> Timing { Timing(wall: a.wall + b.wall, cpu: a.cpu + b.cpu) }
    }

    func measure(_ body: () throws -> Void) rethrows -> Timing {
        let before = cpuMilliseconds()
        let wall = try milliseconds(body)
        return Timing(wall: wall, cpu: cpuMilliseconds() - before)
    }

    func cpuMilliseconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000
            + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000
    }

    /// A store with the annotations spread over the articles, and the articles (with nested comments).
    func makeStore() throws -> (String, [Article]) {
        let directory = scratch + "/store"
        let store = AnnotationStore(directory: directory)
        try store.addTag(Tag(id: TagID("actors"), name: "actors", color: .blue, description: "Who acts."))
        try store.addTag(Tag(id: TagID("actors-russia"), name: "actors/russia", color: .red, description: "Russia, as an actor."))
        var library: [Article] = []
        let perArticle = annotations / articles
        for a in 0..<articles {
            let id = ArticleID(String(format16: a + 1))
            let comments = [
                Comment(id: "c\(a)-1", author: "Commenter, \"one\"", body: [.paragraph("A comment.")], replies: [
                    Comment(id: "c\(a)-2", author: "김 댓글", body: [.paragraph("A reply.")], replies: [
                        Comment(id: "c\(a)-3", author: "Deep <b>reply</b>", body: [.paragraph("A deeper reply.")]),
                    ]),
                ]),
            ]
            library.append(Article(
                id: id, title: "Article \(a): a title, with \"quotes\" and # marks", byline: "Author \(a)",
                url: a % 2 == 0 ? "https://example.org/articles/\(a)" : nil, body: [.paragraph("Body.")],
                comments: comments, sourcePath: "/tmp/articles/\(a).txt"))
            let batch = (0..<perArticle).map { i -> StoreChange in .addAnnotation(Self.annotation(id, a, i)) }
            try store.apply(.batch(batch))
        }
        return (directory, library)
    }

    static func annotation(_ article: ArticleID, _ a: Int, _ i: Int) -> Annotation {
        let quote = "Quoted passage \(i): with commas, \"quotes\", *stars*, <tags> and 한국어 🇰🇵 text\nover two lines."
        let part: PartID = i % 4 == 0 ? .comment("c\(a)-\(1 + i % 3)") : .body
        let tags: [TagID] = switch i % 5 {
        case 0: [TagID("default-claim"), TagID("actors-russia")]
        case 1: [TagID("default-evidence")]
        case 2: [TagID("actors")]
        case 3: []
        default: [TagID("default-quote"), TagID("default-question"), TagID("default-important")]
        }
        return Annotation(
            articleID: article, part: part,
            selector: TextSelector(
                start: i * 120, end: i * 120 + quote.unicodeScalars.count, quote: quote,
                prefix: "thirty-two characters of prefix ", suffix: " and thirty-two more of suffix.."),
            tagIDs: tags, note: i % 3 == 0 ? "A note, \(i): # not a heading\n> not a quote" : nil,
            created: Date(timeIntervalSince1970: 1_730_000_000 + Double(i)),
            status: i % 50 == 0 ? .orphaned : .anchored)
    }
}

extension ExportBenchmark.Timing: CustomStringConvertible {
    var description: String { "\(format(wall)) ms wall, \(format(cpu)) ms CPU" }
}
