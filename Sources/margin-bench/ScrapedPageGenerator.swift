#if canImport(Glibc)
import Glibc
#endif

/// Writes a synthetic scraped blog page shaped like the seeds: title, byline, a long body, a WordPress
/// comment section (numbered, indented, dated, `Reply` links, replies nested by indentation), furniture.
///
/// Streams to the file in 1 MB chunks so generating it does not inflate the benchmark's peak memory.
struct ScrapedPageGenerator {
    var targetBytes: Int
    var comments: Int
    var maxDepth: Int

    private static let words = [
        "the", "policy", "of", "North", "Korea’s", "régime", "and", "its", "“neutral”", "allies", "in", "Europe",
        "moved", "troops", "across", "borders", "while", "analysts", "debated", "sanctions", "supply", "chains",
        "and", "a", "fragile", "ceasefire;", "economists", "warned", "that", "tariffs", "rarely", "work,", "but",
        "voters", "liked", "them.", "Meanwhile", "Pyongyang", "tested", "missiles", "near", "the", "coast.",
        "Kim", "spoke", "about", "relevance", "on", "a", "crowded", "world", "stage", "—", "again.",
    ]

    /// Writes the page and returns its size in bytes.
    func write(to path: String) throws -> Int {
        var out = ChunkedWriter(path: path)
        var random = SplitMix(seed: 42)
        let commentShare = targetBytes * 7 / 10
        // Indentation and entry lines add about a tenth on top of the text itself.
        let perComment = max(200, commentShare / comments * 9 / 10)
        out.append("Skip to content\n\nThe Fight for Relevance: A Generated Benchmark Article\n\nBy Bench Marker\n\nOctober 25, 2024\n\n")
        // Body: paragraphs of 600-1200 bytes, every fourth wrapped at 78 columns, some with no-break spaces.
        let bodyTarget = targetBytes - commentShare
        var paragraph = 0
        while out.written < bodyTarget {
            let text = sentence(&random, bytes: 600 + random.next(600))
            out.append(paragraph % 4 == 3 ? wrapped(text, width: 78, indent: "") : text)
            out.append(paragraph % 7 == 0 ? "\n\u{A0}\n" : "\n\n")
            paragraph += 1
        }
        out.append("Share this:\n\n    Twitter\n    Facebook\n\nLike this:\n\nLike Loading...\n\nRelated\n\n")
        out.append("\(comments) thoughts on “The Fight for Relevance: A Generated Benchmark Article”\n\n")
        // The thread: a random walk over depths, numbering entries per parent as WordPress does.
        var counters = [Int](repeating: 0, count: maxDepth)
        var depth = 0
        for index in 0..<comments {
            if index > 0 {
                // Mostly deeper (so threads reach the maximum depth), sometimes a sibling or back up.
                let roll = random.next(10)
                depth = roll < 6 ? min(depth + 1, maxDepth - 1) : roll < 8 ? depth : random.next(depth + 1)
            }
            counters[depth] += 1
            for deeper in (depth + 1)..<maxDepth { counters[deeper] = 0 }
            let pad = String(repeating: " ", count: 2 + depth * 3)
            let body = pad + "   "
            out.append("\(pad)\(counters[depth]). Commenter \(index % 997) says:\n")
            out.append("\(body)October \(1 + index % 28), 2024 at \(1 + index % 12):\(10 + index % 50) pm\n\n")
            var remaining = perComment
            while remaining > 0 {
                let size = min(remaining, 300 + random.next(900))
                let text = sentence(&random, bytes: size)
                out.append(random.next(3) == 0 ? wrapped(text, width: 72, indent: body) : body + text)
                out.append("\n\n")
                remaining -= size
            }
            out.append("\(body)Reply\n")
        }
        out.append("\nLeave a Reply Cancel reply\n\nYour email address will not be published. Required fields are marked *\n\n")
        out.append("Previous\nPrevious\n\nAn Older Article\n\nNext\nNext\n\nA Newer Article\n")
        return try out.finish()
    }

    private func sentence(_ random: inout SplitMix, bytes: Int) -> String {
        var text = ""
        text.reserveCapacity(bytes + 16)
        while text.utf8.count < bytes {
            if !text.isEmpty { text += " " }
            text += Self.words[random.next(Self.words.count)]
        }
        return text
    }

    private func wrapped(_ text: String, width: Int, indent: String) -> String {
        var lines: [String] = []
        var line = indent
        for word in text.split(separator: " ") {
            if line.count > indent.count && line.count + word.count + 1 > width + indent.count {
                lines.append(line)
                line = indent
            }
            line += (line.count > indent.count ? " " : "") + word
        }
        lines.append(line)
        return lines.joined(separator: "\n")
    }
}

/// A small deterministic random generator (SplitMix64), so every run generates the same page.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        z ^= z >> 31
        return Int(z % UInt64(max(bound, 1)))
    }
}

/// Buffers text and writes it to a file in 1 MB chunks.
struct ChunkedWriter {
    enum Failure: Error, CustomStringConvertible {
        case cannotWrite(String)
        var description: String {
            switch self {
            case .cannotWrite(let path): "cannot write \(path)"
            }
        }
    }

    let path: String
    private let descriptor: Int32
    private var buffer: [UInt8] = []
    private(set) var written = 0
    private var failed = false

    init(path: String) {
        self.path = path
        descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        failed = descriptor < 0
        buffer.reserveCapacity(1 << 20)
    }

    mutating func append(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        written += text.utf8.count
        if buffer.count >= 1 << 20 { flush() }
    }

    private mutating func flush() {
        guard !failed else { return }
        let count = buffer.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
        if count != buffer.count { failed = true }
        buffer.removeAll(keepingCapacity: true)
    }

    mutating func finish() throws -> Int {
        flush()
        if descriptor >= 0 { close(descriptor) }
        if failed { throw Failure.cannotWrite(path) }
        return written
    }
}
