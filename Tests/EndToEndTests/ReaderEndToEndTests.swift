import Foundation
import Testing

/// The reader driven through tmux: open, scroll, search, switch views, resize, quit; the terminal after.
@Suite(.serialized) struct ReaderEndToEndTests {
    @Test func libraryOpensSeedsScrollsSearchesAndQuitsCleanly() throws {
        let session = try TmuxSession(arguments: [])
        defer { session.close() }
        var screen = try session.waitFor(text: "Marginalia · 2 articles")
        #expect(screen.contains { $0.contains("North Korean soldiers") })
        try session.send("Enter")
        screen = try session.waitFor(text: "ARTICLE │")
        #expect(screen[0].contains("At least 3,000 North Korean soldiers"))
        for line in screen { #expect(line.count <= 80) }

        try session.send("/")
        try session.type("rubicon")
        screen = try session.waitFor(text: "/rubicon")
        #expect(screen.contains { $0.contains("crossed the Rubicon") })
        try session.send("Enter", "n")
        try session.waitFor(text: "Search wrapped to the top")

        try session.send("Tab")
        screen = try session.waitFor(text: "COMMENTS │")
        #expect(screen[0].contains("Macroduck"))
        #expect(screen.contains { $0.contains("The shift to a bipolar political world") })
        try session.send("Space")
        try session.waitFor(text: "This comment has no replies")
        try session.send("c")
        try session.waitFor(text: "ARTICLE │")

        try session.send("q")
        try session.waitFor(text: "LIBRARY")
        try session.send("j", "Enter")
        screen = try session.waitFor(text: "North Korea - The Fight for Relevance")
        try session.send("j", "j")
        try session.waitFor("two lines down") { $0[0].hasPrefix(" It’s been a while") }
        try session.send("G")
        try session.waitFor(text: "100% │")
        try session.send("q")
        try session.waitFor(text: "LIBRARY")
        try session.send("q")
        #expect(try session.waitForExit() == 0)
        try session.expectTerminalRestored()
    }

    @Test func escapeRespondsAtOnce() throws {
        let session = try TmuxSession(arguments: ["seeds/003_fad1952b841b7729.txt"])
        defer { session.close() }
        try session.waitFor(text: "ARTICLE │")
        try session.send("/")
        try session.type("korea")
        try session.waitFor(text: "/korea")
        let start = Date()
        try session.send("Escape")
        try session.waitFor("the prompt to close", timeout: 2) { !$0.contains { $0.hasPrefix("/korea") } }
        #expect(Date().timeIntervalSince(start) < 0.5)
        try session.send("q")
        #expect(try session.waitForExit() == 0)
    }

    @Test func resizeKeepsThePassageAndTinyTerminalsShowANotice() throws {
        let session = try TmuxSession(arguments: ["seeds/003_fad1952b841b7729.txt"])
        defer { session.close() }
        try session.waitFor(text: "ARTICLE │")
        try session.send("j", "j", "j", "j", "j", "j")
        try session.waitFor("six lines down") { $0[0].hasPrefix(" Korea has seemingly") }
        // The passage at the top ("Korea has seemingly…", mid-paragraph) stays on the top line at every width.
        let top = "Korea has seemingly"
        try session.resize(rows: 30, columns: 140)
        var screen = try session.waitFor("wide layout") { $0.count == 30 && $0[29].contains("ARTICLE") && $0[0].contains(top) }
        #expect(screen[0].contains(top))
        for line in screen { #expect(line.count <= 140) }
        try session.resize(rows: 20, columns: 40)
        screen = try session.waitFor("narrow layout") { $0.count == 20 && $0[19].contains("ARTICLE") && $0[0].contains(top) }
        #expect(screen[0].contains(top))
        for line in screen { #expect(line.count <= 40) }
        try session.resize(rows: 4, columns: 15)
        try session.waitFor(text: "Terminal too")
        try session.resize(rows: 1, columns: 1)
        Thread.sleep(forTimeInterval: 0.3)
        try session.resize(rows: 24, columns: 80)
        screen = try session.waitFor("back to normal") { $0.count == 24 && $0[23].contains("ARTICLE") && $0[0].contains(top) }
        #expect(screen[0].contains(top))
        try session.send("Q")
        #expect(try session.waitForExit() == 0)
        try session.expectTerminalRestored()
    }
}

/// The reading position is kept in the store and restored on the next run.
@Suite struct ReadingPositionEndToEndTests {
    @Test func reopeningAnArticleRestoresThePosition() throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("margin-e2e-data-\(getpid())")
        defer { try? FileManager.default.removeItem(at: data) }
        let first = try TmuxSession(arguments: ["seeds/003_fad1952b841b7729.txt"], environment: ["MARGINALIA_HOME": data.path])
        defer { first.close() }
        try first.waitFor(text: "ARTICLE │")
        try first.send("j", "j", "j", "j", "j", "j")
        try first.waitFor("six lines down") { $0[0].hasPrefix(" Korea has seemingly") }
        try first.send("Q")
        #expect(try first.waitForExit() == 0)

        let second = try TmuxSession(arguments: [], columns: 100, environment: ["MARGINALIA_HOME": data.path])
        defer { second.close() }
        // From the package root the library lists the seeds, with the progress of the one read.
        let library = try second.waitFor(text: "LIBRARY")
        let row = try #require(library.first { $0.contains("North Korea - The Fight") })
        #expect(!row.hasSuffix("new"))
        try second.send("j", "Enter")
        try second.waitFor("the saved passage on top") { $0[0].contains("Korea has seemingly") }
        try second.send("Q")
        #expect(try second.waitForExit() == 0)
    }
}

/// A long file opens from its first part at once; the end, search and the rest arrive when needed.
@Suite struct LongArticleEndToEndTests {
    @Test func aFiveMegabyteArticleOpensScrollsToTheEndAndSearchesIt() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("margin-e2e-long-\(getpid()).txt")
        defer { try? FileManager.default.removeItem(at: file) }
        var text = "A long generated article\n\n"
        let paragraph = String(repeating: "Words in a paragraph that goes on for a while. ", count: 10)
        var n = 0
        while text.utf8.count < 5_000_000 {
            n += 1
            text += "Paragraph \(n): \(paragraph)\n\n"
        }
        text += "The last paragraph holds the zanzibar marker.\n"
        try text.write(to: file, atomically: true, encoding: .utf8)
        let session = try TmuxSession(arguments: [file.path])
        defer { session.close() }
        try session.waitFor(text: "A long generated article")
        try session.send("G")
        try session.waitFor(text: "zanzibar marker")
        try session.send("g")
        try session.waitFor(text: "Paragraph 1:")
        try session.send("/")
        try session.type("zanzibar")
        try session.send("Enter")
        try session.waitFor("the match at the end") { $0.contains { $0.contains("zanzibar marker") } && $0.last!.contains("100%") }
        try session.send("q")
        #expect(try session.waitForExit() == 0)
        try session.expectTerminalRestored()
    }
}

/// Run outside the package with no PATH: the articles read before, or how to open one.
@Suite struct ElsewhereEndToEndTests {
    @Test func listsTheArticlesReadBeforeOrSaysHowToOpenOne() throws {
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("margin-e2e-elsewhere-\(getpid())")
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("margin-e2e-cwd-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer {
            try? FileManager.default.removeItem(at: data)
            try? FileManager.default.removeItem(at: folder)
        }
        let empty = try TmuxSession(arguments: [], environment: ["MARGINALIA_HOME": data.path], directory: folder)
        defer { empty.close() }
        try empty.waitFor(text: "No articles read yet. Open one with: margin PATH")
        try empty.send("q")
        #expect(try empty.waitForExit() == 0)

        let seed = TmuxSession.packageRoot.appendingPathComponent("seeds/003_fad1952b841b7729.txt").path
        let first = try TmuxSession(arguments: [seed], environment: ["MARGINALIA_HOME": data.path], directory: folder)
        defer { first.close() }
        try first.waitFor(text: "ARTICLE │")
        try first.send("q")
        #expect(try first.waitForExit() == 0)

        let again = try TmuxSession(arguments: [], environment: ["MARGINALIA_HOME": data.path], directory: folder)
        defer { again.close() }
        try again.waitFor(text: "North Korea - The Fight for Relevance")
        try again.send("Enter")
        try again.waitFor(text: "ARTICLE │")
        try again.send("q", "q")
        #expect(try again.waitForExit() == 0)
    }
}
