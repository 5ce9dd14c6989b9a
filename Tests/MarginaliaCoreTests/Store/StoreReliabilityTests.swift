import Foundation
import Testing
@testable import MarginaliaCore

/// Saves survive SIGKILL at any moment, and concurrent processes never lose each other's changes.
@Suite(.serialized) struct StoreReliabilityTests {
    let folder = TemporaryFolder()
    let articles = ["00000000000000aa", "00000000000000bb", "00000000000000cc"]

    /// Starts `margin-bench store-writer` on the folder; its stdout is a pipe of "id article" lines.
    func startWriter(count: Int, articles: [String]) throws -> (Process, Pipe) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: BuiltBinary.path("margin-bench"))
        process.arguments = ["store-writer", "--data-dir", folder.path, "--count", String(count)]
            + articles.flatMap { ["--article", $0] }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        return (process, output)
    }

    func ids(_ data: Data) -> [(UUID, ArticleID)] {
        String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap { line in
            let parts = line.split(separator: " ")
            // A line cut short by the kill is not a completed save report.
            guard parts.count == 2, parts[1].count == 16, let id = UUID(uuidString: String(parts[0])) else { return nil }
            return (id, ArticleID(String(parts[1])))
        }
    }

    @Test func killedWriterNeverLosesAReturnedSave() throws {
        var confirmed: [ArticleID: Set<UUID>] = [:]
        var generator = SystemRandomNumberGenerator()
        var kills = 0
        var awaited = 0
        for round in 0..<110 {
            let (process, output) = try startWriter(count: 0, articles: articles)
            // Let the writer complete a random number of saves (none, some rounds: a kill during start-up),
            // then kill it a random moment later, usually in the middle of the next save.
            let saves = round % 10 == 0 ? 0 : Int.random(in: 1...4, using: &generator)
            awaited += saves
            var data = Data()
            while ids(data).count < saves {
                let chunk = output.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                data.append(chunk)
            }
            usleep(UInt32.random(in: 0...6_000, using: &generator))
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            kills += 1
            data.append(output.fileHandleForReading.readDataToEndOfFile())
            for (id, article) in ids(data) { confirmed[article, default: []].insert(id) }
            // After every kill the store parses and holds every annotation whose save returned.
            let store = AnnotationStore(directory: folder.path)
            for (article, expected) in confirmed {
                let stored = Set(try store.annotations(for: article).map(\.id))
                #expect(expected.isSubset(of: stored), "round \(round): \(expected.subtracting(stored).count) lost")
            }
            _ = try store.libraryIndex()
        }
        #expect(kills >= 100)
        #expect(confirmed.values.reduce(0) { $0 + $1.count } >= awaited, "the writer should have completed saves")
        #expect(awaited > 100)
        // The library counts agree with the files after all the kills plus one more save.
        let store = AnnotationStore(directory: folder.path)
        let survivor = Annotation(articleID: ArticleID(articles[0]), selector: TextSelector(start: 0, end: 1, quote: "x", prefix: "", suffix: ""))
        try store.add(survivor)
        #expect(try store.libraryIndex()[ArticleID(articles[0])]?.annotationCount == store.annotations(for: ArticleID(articles[0])).count)
        // Temporary files of killed saves are cleaned up by the next writer.
        for folder in [folder.path, folder.path + "/annotations"] {
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains("tmp-") } == [])
        }
    }

    @Test func twoConcurrentWritersKeepAllFourHundred() throws {
        let article = articles[0]
        let (first, firstOutput) = try startWriter(count: 200, articles: [article])
        let (second, secondOutput) = try startWriter(count: 200, articles: [article])
        let firstData = firstOutput.fileHandleForReading.readDataToEndOfFile()
        let secondData = secondOutput.fileHandleForReading.readDataToEndOfFile()
        first.waitUntilExit()
        second.waitUntilExit()
        #expect(first.terminationStatus == 0 && second.terminationStatus == 0)
        let printed = Set(ids(firstData).map(\.0) + ids(secondData).map(\.0))
        #expect(printed.count == 400)
        let stored = try AnnotationStore(directory: folder.path).annotations(for: ArticleID(article))
        #expect(stored.count == 400)
        #expect(Set(stored.map(\.id)) == printed)
        #expect(try AnnotationStore(directory: folder.path).libraryIndex()[ArticleID(article)]?.annotationCount == 400)
    }
}
