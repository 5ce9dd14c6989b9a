import Foundation
import Testing
@testable import MarginaliaCore

/// Mutated and random pages never crash the importer: each either imports (with no control characters
/// in any text) or fails with an `ImportError`.
@Suite struct ImporterRobustnessTests {
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let pieces: [[UInt8]] = [
        "\n", "\n\n", "  ", "   1. ", "Reply\n", "3 Comments\n", "Previous\n", "Next\n", "Share this:\n", "Related\n",
        "> ", "- ", "# ", "\u{A0}", "\r\n", "\r", "\u{1B}[", "\u{1B}]", "\u{7}", "“", "é", "👍🏽", "\u{202E}",
        "Leave a Reply\n", "October 1, 2024\n", "By Someone\n", "https://x.example/a\n", "12 thoughts on “T”\n",
    ].map { Array($0.utf8) } + [[0xFF], [0xC3], [0xE2, 0x80], [0xF0, 0x9F, 0x98]]

    func check(_ bytes: [UInt8]) {
        do {
            let article = try ScrapedTextImporter().importArticle(bytes: bytes, sourcePath: "fuzz.txt")
            var texts = [article.title] + article.body.map(\.text) + article.related.map(\.title)
            for (comment, _) in article.flattenedComments { texts += [comment.author] + comment.body.map(\.text) }
            for text in texts {
                let bad = text.unicodeScalars.filter { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) }
                #expect(bad.isEmpty, "control characters \(bad.map { String($0.value, radix: 16) }) in \(text.debugDescription)")
            }
            let ids = article.flattenedComments.map(\.comment.id)
            #expect(Set(ids).count == ids.count)
        } catch {
            #expect(!error.description.contains("\n"))
        }
    }

    @Test func randomPiecesOfPages() {
        var random = Generator(state: 7)
        for _ in 0..<400 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 1...60, using: &random) {
                bytes += Self.pieces.randomElement(using: &random)!
                if Bool.random(using: &random) { bytes += Array("word".utf8) }
            }
            check(bytes)
        }
    }

    @Test func mutatedFixtures() throws {
        var random = Generator(state: 11)
        let original = try [UInt8](Data(contentsOf: URL(fileURLWithPath: TestFiles.fixture("wordpress-nested.txt"))))
        for _ in 0..<200 {
            var bytes = original
            for _ in 0..<Int.random(in: 1...20, using: &random) {
                let index = Int.random(in: 0..<bytes.count, using: &random)
                switch Int.random(in: 0..<3, using: &random) {
                case 0: bytes[index] = UInt8.random(in: 0...255, using: &random)
                case 1: bytes.remove(at: index)
                default: bytes.insert(contentsOf: Self.pieces.randomElement(using: &random)!, at: index)
                }
            }
            check(bytes)
        }
    }
}
