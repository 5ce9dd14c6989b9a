import Foundation
import Testing

/// The reader on the terminal types the issue names: colour where there is colour, attributes otherwise.
@Suite(.serialized) struct TerminalTypeTests {
    /// SGR colour parameters in tmux's `capture-pane -e` output (30-37, 40-47, 38;5;N, 48;5;N, 90-97).
    func hasColour(_ text: String) -> Bool {
        let pattern = try! NSRegularExpression(pattern: "\u{1B}\\[[0-9;]*(3[0-7]|4[0-7]|38;5;[0-9]+|48;5;[0-9]+|9[0-7])[;m]")
        return pattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    func hasReverse(_ text: String) -> Bool {
        text.contains("\u{1B}[7m") || text.range(of: "\u{1B}\\[[0-9;]*;7[;m]", options: .regularExpression) != nil
    }

    @Test(arguments: [
        ("xterm-256color", [String: String](), true), ("xterm", [:], true), ("screen-256color", [:], true),
        ("tmux-256color", [:], true), ("vt100", [:], false), ("xterm-256color", ["NO_COLOR": "1"], false),
    ])
    func readsAndSearches(term: String, environment: [String: String], colour: Bool) throws {
        let session = try TmuxSession(arguments: ["seeds/003_fad1952b841b7729.txt"], term: term, environment: environment)
        defer { session.close() }
        try session.waitFor(text: "ARTICLE │")
        try session.send("/")
        try session.type("kim")
        try session.waitFor(text: "/kim")
        try session.send("Enter")
        let screen = try session.waitFor("the prompt to close") { !$0.contains { $0.hasPrefix("/kim") } }
        #expect(screen.contains { $0.contains("Kim Jong Un") })
        let attributes = try session.screenWithAttributes()
        #expect(hasColour(attributes) == colour, "colour expected: \(colour): \(attributes.suffix(400).debugDescription)")
        if !colour { #expect(hasReverse(attributes), "without colour the status bar and matches are reversed") }
        try session.send("q")
        #expect(try session.waitForExit() == 0)
        try session.expectTerminalRestored()
    }

    @Test func aConfigFileSetsTheWidthAndKeysAndABadLineIsNamed() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("margin-e2e-config-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = folder.appendingPathComponent("good")
        try "reading-width = 40\nbind article x bottom\n".write(to: good, atomically: true, encoding: .utf8)
        let session = try TmuxSession(arguments: ["--config", good.path, "seeds/003_fad1952b841b7729.txt"])
        defer { session.close() }
        let screen = try session.waitFor(text: "ARTICLE │")
        // 40 columns centred in 80: text from column 20, no line longer than 20 + 40.
        #expect(screen[0].hasPrefix(String(repeating: " ", count: 20) + "North Korea"))
        for line in screen.dropLast() { #expect(line.count <= 60) }
        try session.send("x")
        try session.waitFor(text: "100% │")
        try session.send("Q")
        #expect(try session.waitForExit() == 0)

        let bad = folder.appendingPathComponent("bad")
        try "reading-width = 60\n\nbind j fly\n".write(to: bad, atomically: true, encoding: .utf8)
        let failing = try TmuxSession(arguments: ["--config", bad.path])
        defer { failing.close() }
        #expect(try failing.waitForExit() == 1)
        #expect(failing.stderr.contains("line 3: unknown command `fly`"))
        try failing.expectTerminalRestored()
    }
}
