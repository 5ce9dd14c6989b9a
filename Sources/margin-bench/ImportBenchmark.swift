import ArgumentParser
import MarginaliaCore

#if canImport(Glibc)
import Glibc
#endif

/// `margin-bench import`: generates a large scraped page (long body plus a deeply nested comment thread),
/// imports it, and prints size, time, throughput and peak memory against the targets (< 1 s, < 3x).
struct ImportBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a generated 100 MB scraped page with a 10,000-comment thread nested 10 deep."
    )

    @Option(help: "Size of the generated page in megabytes.")
    var megabytes = 100

    @Option(help: "Number of comments in the thread.")
    var comments = 10_000

    @Option(help: "Deepest nesting level of replies.")
    var depth = 10

    @Option(help: "Number of timed imports (the best and median are reported).")
    var runs = 3

    @Flag(help: "Keep the generated file instead of deleting it.")
    var keep = false

    @Option(help: "Import this existing file instead of generating one.")
    var file: String?

    func validate() throws {
        guard megabytes >= 1, comments >= 1, depth >= 1, runs >= 1 else {
            throw ValidationError("sizes and counts must be at least 1")
        }
    }

    func run() throws {
        let folder = String(cString: mkdtemp(strdup("/tmp/margin-bench-import-XXXXXX")))
        let path = file ?? folder + "/generated-page.txt"
        let keep = keep || file != nil
        let bytes: Int
        if file != nil {
            var info = stat()
            stat(path, &info)
            bytes = Int(info.st_size)
        } else {
            let generator = ScrapedPageGenerator(targetBytes: megabytes * 1_000_000, comments: comments, maxDepth: depth)
            bytes = try generator.write(to: path)
        }
        defer {
            if !keep { unlink(path) }
            rmdir(folder)
        }
        let rssBefore = peakRSSKilobytes()
        var times: [Double] = []
        var cpuTimes: [Double] = []
        var summary = ""
        for _ in 0..<runs {
            let start = monotonicSeconds()
            let cpuStart = cpuSeconds()
            let article = try ScrapedTextImporter().importArticle(atPath: path)
            times.append(monotonicSeconds() - start)
            cpuTimes.append(cpuSeconds() - cpuStart)
            summary = "\(article.body.count) body blocks, \(article.commentCount) comments (\(article.comments.count) top level, depth \(maxDepth(article))), \(article.warnings.count) warnings"
        }
        let peak = peakRSSKilobytes()
        let sorted = times.sorted()
        let best = sorted[0]
        let median = sorted[sorted.count / 2]
        let megabytesRead = Double(bytes) / 1_000_000
        let peakBytes = Double(peak) * 1024
        print("file:        \(path)\(keep ? "" : " (deleted afterwards)")")
        print("size:        \(bytes) bytes (\(format(megabytesRead)) MB)")
        print("imported:    \(summary)")
        print("time:        best \(format(best)) s, median \(format(median)) s over \(runs) run\(runs == 1 ? "" : "s")  (target < 1 s)")
        print("cpu time:    best \(format(cpuTimes.min() ?? 0)) s (user + system; below the wall time when other work shares the cores)")
        print("throughput:  \(format(megabytesRead / best)) MB/s (best run)")
        print("peak RSS:    \(format(peakBytes / 1_000_000)) MB (before import: \(format(Double(rssBefore) * 1024 / 1_000_000)) MB)")
        print("peak / file: \(format(peakBytes / Double(bytes)))x  (target < 3x)")
    }

    private func maxDepth(_ article: Article) -> Int {
        article.flattenedComments.map(\.depth).max().map { $0 + 1 } ?? 0
    }

    private func format(_ value: Double) -> String {
        let scaled = (value * 100).rounded() / 100
        return String(scaled)
    }
}

/// The process's peak resident set size in kilobytes (getrusage ru_maxrss).
func peakRSSKilobytes() -> Int {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return Int(usage.ru_maxrss)
}

/// User plus system CPU seconds this process has used.
func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
    let system = Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
    return user + system
}

/// Seconds on the monotonic clock.
func monotonicSeconds() -> Double {
    var now = timespec()
    clock_gettime(CLOCK_MONOTONIC, &now)
    return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
}
