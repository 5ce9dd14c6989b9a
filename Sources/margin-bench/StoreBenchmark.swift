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

/// `margin-bench store`: the annotation store's performance targets (issue 3).
struct StoreBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "store",
        abstract: "Time adding to a 10,000-annotation article, loading 100,000 annotations, and re-anchoring 10,000."
    )

    @Option(help: "Scratch folder for the generated stores (removed afterwards).")
    var scratch = "/tmp/marginalia-store-bench-\(getpid())"

    @Option(help: "How many single adds to time.")
    var adds = 50

    @Option(help: "Run only these measurements (add, load, reanchor); default all.")
    var only: [String] = []

    func run() throws {
        defer { removeTree(scratch) }
        let selected = only.isEmpty ? ["add", "load", "reanchor"] : only
        if selected.contains("add") { try addToLargeArticle() }
        if selected.contains("load") { try loadLargeStore() }
        if selected.contains("reanchor") { reanchorLargeArticle() }
    }

    /// Adding one annotation to an article that already has 10,000 (target < 20 ms).
    func addToLargeArticle() throws {
        let store = AnnotationStore(directory: scratch + "/add")
        let article = ArticleID("00000000000000aa")
        try store.apply(.batch((0..<10_000).map { .addAnnotation(Self.annotation(article, $0)) }))
        var times: [Double] = []
        for i in 0..<adds {
            let annotation = Self.annotation(article, 10_000 + i)
            times.append(try milliseconds { try store.add(annotation) })
        }
        times.sort()
        var info = stat()
        stat(store.annotationsPath(for: article), &info)
        let size = Int(info.st_size)
        print("add 1 annotation to an article with 10,000 (snapshot \(size / 1024) KiB, \(adds) adds, journal append): "
            + "median \(format(times[times.count / 2])) ms, max \(format(times.last!)) ms  [target < 20 ms]")
        // The reader saves through `apply` (its undo history's changes): the same path, timed the same way.
        var applied: [Double] = []
        for i in 0..<adds {
            let annotation = Self.annotation(article, 20_000 + i)
            applied.append(try milliseconds { try store.apply(.addAnnotation(annotation)) })
        }
        applied.sort()
        print("  the same through apply(.addAnnotation) (the reader's path): "
            + "median \(format(applied[applied.count / 2])) ms, max \(format(applied.last!)) ms")
        // When the article is opened with a long journal, a new snapshot is written (not during an add).
        var compactions: [Double] = []
        for _ in 0..<5 { compactions.append(try milliseconds { try store.compact(article) }) }
        compactions.sort()
        print("  folding the journal into a new \(10_000 + 2 * adds)-annotation snapshot (done on opening the article): "
            + "median \(format(compactions[2])) ms, max \(format(compactions.last!)) ms")
    }

    /// Loading a store of 100,000 annotations across 1,000 articles (target < 1 s).
    func loadLargeStore() throws {
        let directory = scratch + "/load"
        let writer = AnnotationStore(directory: directory)
        for a in 0..<1_000 {
            let article = ArticleID(String(format16: a))
            try writer.apply(.batch((0..<100).map { .addAnnotation(Self.annotation(article, $0)) }))
        }
        var times: [Double] = []
        var cpu: [Double] = []
        var total = 0
        for _ in 0..<3 {
            let reader = AnnotationStore(directory: directory)
            total = 0
            let cpuBefore = cpuMilliseconds()
            times.append(try milliseconds {
                for (_, annotations) in try reader.allAnnotations() { total += annotations.count }
                _ = try reader.tags()
                _ = try reader.libraryIndex()
            })
            cpu.append(cpuMilliseconds() - cpuBefore)
        }
        print("load \(total) annotations across 1,000 articles (fresh store instance, 3 runs): "
            + times.map(format).joined(separator: ", ") + " ms (CPU " + cpu.map(format).joined(separator: ", ")
            + " ms)  [target < 1000 ms]")
    }

    /// Re-anchoring 10,000 annotations on an edited 1 MB article (target < 1 s).
    func reanchorLargeArticle() {
        var generator = TextGenerator(seed: 42)
        var paragraphs: [String] = []
        var size = 0
        while size < 1_000_000 {
            let paragraph = generator.paragraph()
            size += paragraph.utf8.count + 2
            paragraphs.append(paragraph)
        }
        let original = Article(id: ArticleID("00000000000000bb"), title: "Large", body: paragraphs.map(Block.paragraph))
        let text = ScalarText(original.text)
        // 10,000 annotations on sentence-sized passages spread over the text.
        var annotations: [Annotation] = []
        let step = text.count / 10_000
        for i in 0..<10_000 {
            let start = i * step
            let length = 30 + generator.next(50)
            let selector = try! TextSelector(text: text, range: start..<min(text.count, start + length))
            annotations.append(Annotation(articleID: original.id, selector: selector))
        }
        // The edit: a paragraph inserted at the top, 1% of the quoted passages get a typo fixed (a character
        // changed), 0.5% are deleted, and five paragraphs move to the end.
        var edited = paragraphs
        var changedQuotes = 0
        var deletedQuotes = 0
        for i in stride(from: 0, to: annotations.count, by: 100) {
            let quote = annotations[i].quote
            guard let index = edited.firstIndex(where: { $0.contains(quote) }) else { continue }
            let middle = quote.index(quote.startIndex, offsetBy: quote.count / 2)
            let typo = String(quote[..<middle]) + "#" + String(quote[quote.index(after: middle)...])
            edited[index] = edited[index].replacingFirst(quote, with: typo)
            changedQuotes += 1
        }
        for i in stride(from: 50, to: annotations.count, by: 200) {
            let quote = annotations[i].quote
            guard let index = edited.firstIndex(where: { $0.contains(quote) }) else { continue }
            edited[index] = edited[index].replacingFirst(quote, with: "")
            deletedQuotes += 1
        }
        for k in 0..<5 { edited.append(edited.remove(at: 100 + k * 300)) }
        edited.insert(generator.paragraph(), at: 0)
        let editedArticle = Article(id: original.id, title: "Large", body: edited.map(Block.paragraph))
        let editedSize = editedArticle.text.utf8.count
        var report: ReanchorReport?
        let cpuBefore = cpuMilliseconds()
        let time = milliseconds { report = Reanchoring.reanchor(annotations, in: editedArticle) }
        let cpu = cpuMilliseconds() - cpuBefore
        let result = report!
        let anchored = result.annotations.count { $0.status == .anchored }
        print("re-anchor 10,000 annotations on an edited \(editedSize / 1000) kB article "
            + "(\(changedQuotes) quotes edited, \(deletedQuotes) deleted, 5 paragraphs moved, 1 inserted): "
            + "\(format(time)) ms (CPU \(format(cpu)) ms)  [target < 1000 ms]")
        print("  result: \(anchored) anchored, \(result.fuzzy) fuzzy, \(result.orphaned) orphaned, \(result.changed.count) changed")
    }

    static func annotation(_ article: ArticleID, _ i: Int) -> Annotation {
        let quote = "A passage of some length, number \(i), quoted from the article for the benchmark."
        return Annotation(
            articleID: article,
            selector: TextSelector(
                start: i * 100, end: i * 100 + quote.unicodeScalars.count, quote: quote,
                prefix: "thirty-two characters of prefix ", suffix: " and thirty-two more of suffix.."),
            tagIDs: [TagID("default-claim"), TagID("default-evidence")], note: i % 3 == 0 ? "A short note \(i)." : nil)
    }
}

/// Wall time of a closure in milliseconds.
func milliseconds(_ body: () throws -> Void) rethrows -> Double {
    let clock = ContinuousClock()
    let start = clock.now
    try body()
    let duration = clock.now - start
    return Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
}

/// User + system CPU time of this process in milliseconds.
func cpuMilliseconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000
        + Double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000
}

func format(_ value: Double) -> String {
    let rounded = (value * 10).rounded() / 10
    return String(rounded)
}

func removeTree(_ path: String) {
    try? FileManager.default.removeItem(atPath: path)
}

extension String {
    /// 16 hex digits for a number, as article ids are written.
    init(format16 value: Int) {
        let hex = String(value, radix: 16)
        self = String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// The string with the first occurrence of `target` replaced.
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = firstRange(of: target) else { return self }
        return self[..<range.lowerBound] + replacement + self[range.upperBound...]
    }
}

/// Deterministic pseudo-English text for the benchmarks.
struct TextGenerator {
    private var state: UInt64
    private static let words = """
        the of and to in a is that for it as was with be by on not he this are or his from at which but have an \
        they you were her she there been one all we their has would when if so what no more out up into do any \
        your about other can them these some time could my than first only new very just over such our after \
        also most should well where much before through even must back years way long people made little state \
        government between both life being under never day same another know while last might great old year \
        off come since against go came right used take three states himself few house use during without again \
        place around however home small found thought went say part once general high upon school every \
        Pyongyang Europe troops capital diplomats rubicon interaction consequences relations tactical
        """.split(separator: " ").map(String.init)

    init(seed: UInt64) {
        state = seed
    }

    mutating func next(_ bound: Int) -> Int {
        state = state &* 6364136223846793005 &+ 1442695040888963407
        return Int((state >> 33) % UInt64(bound))
    }

    mutating func sentence() -> String {
        var words: [String] = []
        for _ in 0..<(8 + next(14)) { words.append(Self.words[next(Self.words.count)]) }
        let text = words.joined(separator: " ")
        return text.prefix(1).uppercased() + text.dropFirst() + "."
    }

    mutating func paragraph() -> String {
        (0..<(3 + next(6))).map { _ in sentence() }.joined(separator: " ")
    }
}
