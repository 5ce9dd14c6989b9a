import Foundation
import Testing

/// Annotating in the terminal as a person would: tag, move into a comment, note, quit, check the store with
/// `margin annotations --json`, reopen, undo, resize during a selection, SIGKILL after a change, and a
/// read-only data folder.
@Suite(.serialized) struct AnnotatingEndToEndTests {
    static let seed = "seeds/000_c0a91f7480b9ba36.txt"
    static let firstSentence = "Though the number of troops committed by DPRK will be limited, North Korea has effectively crossed the Rubicon."

    /// A fresh data folder.
    func dataFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("margin-e2e-data-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    /// `margin annotations --json` on a data folder, parsed.
    func storedAnnotations(_ data: URL) throws -> [[String: Any]] {
        let output = data.appendingPathComponent("annotations-output.json")
        let status = try spawnAndWait([TmuxSession.marginBinary, "annotations", "--json", "--data-dir", data.path], stdout: output.path)
        #expect(status == 0)
        let bytes = try Data(contentsOf: output)
        return (try JSONSerialization.jsonObject(with: bytes) as? [[String: Any]]) ?? []
    }

    /// Moves the cursor with `key` until the status line shows `status` (at most `limit` presses).
    func press(_ key: String, until status: String, in session: TmuxSession, limit: Int = 40) throws {
        for _ in 0..<limit {
            if try session.screen().last(where: { !$0.isEmpty })?.contains(status) == true { return }
            try session.send(key)
            Thread.sleep(forTimeInterval: 0.05)
        }
        try session.waitFor(text: status, timeout: 1)
    }

    @Test func tagInBodyAndCommentAddANoteThenReopenUndoAndResize() throws {
        let data = try dataFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        // NO_COLOR empty: colours on even if the test runner's environment turns them off.
        let environment = ["MARGINALIA_HOME": data.path, "NO_COLOR": ""]
        do {
            let session = try TmuxSession(arguments: [Self.seed], environment: environment)
            defer { session.close() }
            try session.waitFor(text: "ARTICLE │")
            // The cursor starts on the first sentence on screen; two paragraphs down is "Though the number…".
            try session.send("}", "}")
            try session.send("1")
            try session.waitFor(text: "Tagged claim")
            // On into Macroduck's comment: the view switches to the comments.
            try press("}", until: "COMMENTS │", in: session)
            try session.send(")")
            try session.send("2")
            try session.waitFor(text: "Tagged evidence")
            try session.send("a")
            try session.waitFor(text: "Note:")
            try session.type("two camps")
            try session.send("Enter")
            try session.waitFor(text: "Note saved")
            try session.send("q", "q")
            #expect(try session.waitForExit() == 0)
            try session.expectTerminalRestored()
        }
        var stored = try storedAnnotations(data)
        #expect(stored.count == 2)
        let body = stored.first { $0["part"] as? String == "body" }
        #expect(body?["quote"] as? String == Self.firstSentence)
        #expect(body?["tags"] as? [String] == ["claim"])
        let comment = stored.first { $0["part"] as? String != "body" }
        #expect(comment?["quote"] as? String == "China and Russia are a special class of countries, actively undermining post-WWII norms and big enough to matter.")
        #expect(comment?["tags"] as? [String] == ["evidence"])
        #expect(comment?["note"] as? String == "two camps")

        // Reopen: the highlight is drawn in the tag's colour (black on yellow), the status line counts both.
        let session = try TmuxSession(arguments: [Self.seed], environment: environment)
        defer { session.close() }
        try session.waitFor(text: "2 annotations")
        // Annotations load just after the first frame, so the highlight may come a frame later: poll for it.
        func highlightedLine() throws -> String {
            let coloured = try session.screenWithAttributes()
            return coloured.split(separator: "\n").first { $0.contains("Though") }.map(String.init) ?? ""
        }
        func isYellow(_ line: String) -> Bool { line.contains("\u{1B}[30m\u{1B}[43m") || line.contains("\u{1B}[30;43m") }
        var line = try highlightedLine()
        let deadline = Date().addingTimeInterval(10)
        while !isYellow(line) && Date() < deadline {
            Thread.sleep(forTimeInterval: 0.05)
            line = try highlightedLine()
        }
        #expect(isYellow(line), "no yellow highlight in: \(line.debugDescription)")
        // Tag one more sentence, then undo it: the store is back to two.
        try session.send("}", "}", ")")
        try session.send("3")
        try session.waitFor(text: "Tagged question")
        #expect(try storedAnnotations(data).count == 3)
        try session.send("u")
        try session.waitFor(text: "Undid: add annotation")
        stored = try storedAnnotations(data)
        #expect(stored.count == 2)
        #expect(!stored.contains { ($0["tags"] as? [String]) == ["question"] })
        // A selection survives a resize and can still be tagged.
        try session.send("v", ")")
        try session.waitFor(text: "VISUAL │")
        try session.resize(rows: 30, columns: 100)
        try session.waitFor("the wider VISUAL screen") { $0.count >= 30 && $0.contains { $0.contains("VISUAL │") } }
        try session.resize(rows: 20, columns: 50)
        try session.waitFor("the narrower VISUAL screen") { $0.count == 20 && $0.contains { $0.contains("VISUAL │") } }
        try session.send("4")
        try session.waitFor(text: "Tagged quote")
        stored = try storedAnnotations(data)
        let quote = stored.first { ($0["tags"] as? [String]) == ["quote"] }
        #expect((quote?["quote"] as? String)?.hasPrefix("Europe traditionally has been") == true)
        #expect((quote?["quote"] as? String)?.hasSuffix("than the United States. North Korean diplomats are stationed in most European capitals, and the level of interaction in general (pre-pandemic) has been fluid, much more so than with the United States, South Korea (ROK), or Japan.") == true)
        try session.send("q", "q")
        #expect(try session.waitForExit() == 0)

        // Without colour (NO_COLOR) the highlight is underlined.
        let monochrome = try TmuxSession(arguments: [Self.seed], environment: ["MARGINALIA_HOME": data.path, "NO_COLOR": "1"])
        defer { monochrome.close() }
        try monochrome.waitFor(text: "3 annotations")
        let plain = try monochrome.screenWithAttributes().split(separator: "\n").first { $0.contains("Though") }.map(String.init) ?? ""
        #expect(plain.contains("\u{1B}[4mThough"), "no underline in: \(plain.debugDescription)")
        try monochrome.send("Q")
        #expect(try monochrome.waitForExit() == 0)
    }

    @Test func sigkillAfterAChangeShowsLosesNothing() throws {
        let data = try dataFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        let session = try TmuxSession(arguments: [Self.seed], environment: ["MARGINALIA_HOME": data.path])
        defer { session.close() }
        try session.waitFor(text: "ARTICLE │")
        try session.send("}", "}", "5")
        try session.waitFor(text: "Tagged important")
        let pid = try #require(try session.marginPID())
        kill(pid, SIGKILL)
        // The killed reader leaves the terminal as it was; wait for the pane's shell to record the exit.
        let status = session.directory.appendingPathComponent("status")
        let deadline = Date().addingTimeInterval(10)
        while !FileManager.default.fileExists(atPath: status.path), Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        #expect(FileManager.default.fileExists(atPath: status.path))
        let stored = try storedAnnotations(data)
        #expect(stored.count == 1)
        #expect(stored.first?["quote"] as? String == Self.firstSentence)
    }

    @Test func readOnlyDataFolderKeepsChangesAndRetries() throws {
        let data = try dataFolder()
        defer {
            chmod(data.path, 0o700)
            try? FileManager.default.removeItem(at: data)
        }
        let session = try TmuxSession(arguments: [Self.seed], environment: ["MARGINALIA_HOME": data.path])
        defer { session.close() }
        try session.waitFor(text: "ARTICLE │")
        chmod(data.path, 0o500)
        try session.send("}", "}", "1")
        try session.waitFor(text: "not saved (1 change kept, will retry)")
        // Quitting is refused once while changes are not saved.
        try session.send("Q")
        try session.waitFor(text: "Quit again to discard 1 unsaved change")
        chmod(data.path, 0o700)
        try session.send(")", "2")
        try session.waitFor(text: "Tagged evidence")
        try session.send("Q")
        #expect(try session.waitForExit() == 0)
        let stored = try storedAnnotations(data)
        #expect(stored.count == 2)
        #expect(stored.contains { $0["quote"] as? String == Self.firstSentence })
    }

    @Test func externalEditorWritesTheNoteAndTheScreenComesBack() throws {
        let data = try dataFolder()
        defer { try? FileManager.default.removeItem(at: data) }
        // A stand-in editor: writes the note into the file it is given.
        let editor = data.appendingPathComponent("editor.sh")
        try "#!/bin/sh\nprintf 'written in the editor\\n' > \"$1\"\n".write(to: editor, atomically: true, encoding: .utf8)
        chmod(editor.path, 0o755)
        let session = try TmuxSession(arguments: [Self.seed], environment: ["MARGINALIA_HOME": data.path, "VISUAL": editor.path])
        defer { session.close() }
        try session.waitFor(text: "ARTICLE │")
        try session.send("}", "}", "e")
        // The screen is drawn again whole, with the note's mark in the margin where the passage ends.
        let screen = try session.waitFor(text: "Note saved")
        #expect(screen.contains { $0.contains("Though the number of troops") })
        #expect(screen.contains { $0.hasPrefix("✎") })
        try session.send("Q")
        #expect(try session.waitForExit() == 0)
        try session.expectTerminalRestored()
        let stored = try storedAnnotations(data)
        #expect(stored.first?["note"] as? String == "written in the editor")
        #expect(stored.first?["quote"] as? String == Self.firstSentence)
    }
}
