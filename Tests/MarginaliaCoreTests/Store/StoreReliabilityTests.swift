import Foundation
import Testing
@testable import MarginaliaCore

/// Saves survive SIGKILL at any moment, and concurrent processes never lose each other's changes.
@Suite(.serialized) struct StoreReliabilityTests {
    let folder = TemporaryFolder()
    let articles = ["00000000000000aa", "00000000000000bb", "00000000000000cc"]

    /// A running `margin-bench store-writer`: its pid and the file its stdout ("id article" lines) goes to.
    ///
    /// Spawned with posix_spawn and reaped with waitpid rather than Foundation's Process and a Pipe: tmux
    /// servers started by the end-to-end tests in the same test process can inherit a pipe's write end (so
    /// reading to its end would wait for them), and Process can miss a short-lived child's exit.
    struct Writer {
        let pid: pid_t
        let output: String

        /// Everything the writer printed so far.
        func printed() -> Data { FileManager.default.contents(atPath: output) ?? Data() }

        /// Waits for the writer to end; its exit status, or 128 + the signal.
        @discardableResult
        func wait() -> Int32 {
            var status: Int32 = 0
            while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
            return (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        }
    }

    /// Starts `margin-bench store-writer` on the folder.
    func startWriter(count: Int, articles: [String], name: String) throws -> Writer {
        let output = folder.path + "/" + name + ".out"
        let arguments = [BuiltBinary.path("margin-bench"), "store-writer", "--data-dir", folder.path + "/data",
                         "--count", String(count)] + articles.flatMap { ["--article", $0] }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var pid: pid_t = 0
        let argv = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        let result = posix_spawn(&pid, arguments[0], &actions, nil, argv, environ)
        guard result == 0 else { throw POSIXError(POSIXErrorCode(rawValue: result) ?? .EIO) }
        return Writer(pid: pid, output: output)
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
            let writer = try startWriter(count: 0, articles: articles, name: "round-\(round)")
            // Let the writer complete a random number of saves (none, some rounds: a kill during start-up),
            // then kill it a random moment later, usually in the middle of the next save.
            let saves = round % 10 == 0 ? 0 : Int.random(in: 1...4, using: &generator)
            awaited += saves
            let giveUp = Date().addingTimeInterval(30)
            while ids(writer.printed()).count < saves, Date() < giveUp, kill(writer.pid, 0) == 0 { usleep(500) }
            usleep(UInt32.random(in: 0...6_000, using: &generator))
            kill(writer.pid, SIGKILL)
            #expect(writer.wait() == 128 + SIGKILL, "round \(round): the writer ended before the kill")
            kills += 1
            let data = writer.printed()
            for (id, article) in ids(data) { confirmed[article, default: []].insert(id) }
            // After every kill the store parses and holds every annotation whose save returned.
            let store = AnnotationStore(directory: folder.path + "/data")
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
        let store = AnnotationStore(directory: folder.path + "/data")
        let survivor = Annotation(articleID: ArticleID(articles[0]), selector: TextSelector(start: 0, end: 1, quote: "x", prefix: "", suffix: ""))
        try store.add(survivor)
        #expect(try store.libraryIndex()[ArticleID(articles[0])]?.annotationCount == store.annotations(for: ArticleID(articles[0])).count)
        // Temporary files of killed saves are cleaned up by the next writer.
        for folder in [folder.path + "/data", folder.path + "/data/annotations"] {
            #expect(try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.contains("tmp-") } == [])
        }
    }

    @Test func twoConcurrentWritersKeepAllFourHundred() throws {
        let article = articles[0]
        let first = try startWriter(count: 200, articles: [article], name: "first")
        let second = try startWriter(count: 200, articles: [article], name: "second")
        #expect(first.wait() == 0 && second.wait() == 0)
        let firstData = first.printed()
        let secondData = second.printed()
        let printed = Set(ids(firstData).map(\.0) + ids(secondData).map(\.0))
        #expect(printed.count == 400)
        let stored = try AnnotationStore(directory: folder.path + "/data").annotations(for: ArticleID(article))
        #expect(stored.count == 400)
        #expect(Set(stored.map(\.id)) == printed)
        #expect(try AnnotationStore(directory: folder.path + "/data").libraryIndex()[ArticleID(article)]?.annotationCount == 400)
    }
}
