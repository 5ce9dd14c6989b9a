import ArgumentParser
import MarginaliaCore
import MarginaliaUI

/// `margin-bench reader`: the cost of one reader frame (key handling, lazy layout, rendering) on
/// articles from 100 KB to 100 MB, to show it does not grow with the article's length.
struct ReaderBenchmark: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reader",
        abstract: "Time reader frames (j, k, G, resize, search) on articles of growing length at 80x24."
    )

    @Option(help: "Article sizes in MB (comma-separated).")
    var sizes: String = "0.1,1,10,100"

    @Option(help: "Key presses timed per measurement.")
    var keys: Int = 1000

    func run() throws {
        let sizes = self.sizes.split(separator: ",").compactMap { Double($0) }
        print("Reader frame cost at 80x24 (release build; µs per key press = reducer + render into the in-memory screen)")
        print("size      blocks    open ms   first frame µs   j µs   k µs (at end)   G µs   resize µs   search µs")
        for megabytes in sizes {
            let article = Self.article(bytes: Int(megabytes * 1_000_000))
            let clock = ContinuousClock()
            var state = AppState(rows: 24, columns: 80, library: LibraryState(items: []))
            let open = clock.measure {
                _ = Reducer.reduce(&state, .articleOpened(itemID: "bench", article: article, position: nil, annotationCount: 0))
            }
            let first = clock.measure { _ = Renderer.render(state) }
            let down = perKey(clock, count: keys) {
                _ = Reducer.reduce(&state, .key(.char("j")))
                _ = Renderer.render(state)
            }
            let bottom = perKey(clock, count: 20) {
                _ = Reducer.reduce(&state, .key(.char("g")))
                _ = Reducer.reduce(&state, .key(.char("G")))
                _ = Renderer.render(state)
            }
            let up = perKey(clock, count: keys) {
                _ = Reducer.reduce(&state, .key(.char("k")))
                _ = Renderer.render(state)
            }
            var wide = true
            let resize = perKey(clock, count: 100) {
                _ = Reducer.reduce(&state, .resize(rows: 24, columns: wide ? 120 : 80))
                wide.toggle()
                _ = Renderer.render(state)
            }
            // n from the end wraps to the top: one pass over the whole text, which is what search costs.
            _ = Reducer.reduce(&state, .key(.char("/")))
            for c in "tactical" { _ = Reducer.reduce(&state, .key(.char(c))) }
            _ = Reducer.reduce(&state, .key(.enter))
            let search = perKey(clock, count: 20) {
                _ = Reducer.reduce(&state, .key(.char("n")))
                _ = Renderer.render(state)
            }
            let mb = megabytes < 1 ? "\(megabytes) MB " : "\(Int(megabytes)) MB"
            print(
                pad(mb, 8), pad("\(article.body.count)", 8), pad(format(open / 1000), 10), pad(format(first), 16),
                pad(format(down), 6), pad(format(up), 15), pad(format(bottom), 6), pad(format(resize), 11),
                pad(format(search), 11))
        }
        print("(search: n on a text with one match every ~2 KB, so each press scans a little text; j/k/G/resize stay flat)")
    }

    /// An article of about `bytes` bytes of paragraphs (a little over 500 bytes each, varied words).
    static func article(bytes: Int) -> Article {
        let words = ["the", "number", "of", "troops", "committed", "will", "be", "limited", "North", "Korea", "has",
                     "effectively", "crossed", "Rubicon", "Europe", "traditionally", "gateway", "West", "Pyongyang",
                     "neutral", "diplomats", "stationed", "capitals", "interaction", "pre-pandemic", "fluid"]
        var blocks: [Block] = []
        var total = 0
        var seed: UInt64 = 42
        while total < bytes {
            var text = "Paragraph \(blocks.count + 1):"
            while text.utf8.count < 500 {
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                text += " " + words[Int(seed >> 33) % words.count]
            }
            if blocks.count % 4 == 3 { text += " A tactical move." }
            total += text.utf8.count + 2
            blocks.append(.paragraph(text))
        }
        return Article(id: ArticleID("bench"), title: "Benchmark article", body: blocks)
    }

    /// Average microseconds per call.
    func perKey(_ clock: ContinuousClock, count: Int, _ body: () -> Void) -> Double {
        let elapsed = clock.measure { for _ in 0..<count { body() } }
        return microseconds(elapsed) / Double(count)
    }

    func microseconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) * 1e6 + Double(duration.components.attoseconds) / 1e12
    }

    func format(_ value: Double) -> String {
        value >= 100 ? String(Int(value.rounded())) : String(Double(Int(value * 10)) / 10)
    }

    func format(_ duration: Duration) -> String { format(microseconds(duration)) }

    func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }
}
