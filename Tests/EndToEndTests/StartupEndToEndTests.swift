import Foundation
import Testing

/// Starting without a usable terminal gives a clear message and exit status 1.
@Suite struct StartupEndToEndTests {
    func run(_ arguments: [String], environment: [String: String]) throws -> (status: Int32, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: TmuxSession.marginBinary)
        process.arguments = arguments
        process.currentDirectoryURL = TmuxSession.packageRoot
        process.environment = environment
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = Pipe()
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test func withoutATerminalItPointsToShow() throws {
        let result = try run([], environment: ["TERM": "xterm-256color", "PATH": "/usr/bin:/bin"])
        #expect(result.status == 1)
        #expect(result.stderr.contains("needs a terminal"))
        #expect(result.stderr.contains("margin show"))
    }

    @Test func dumbAndUnknownTerminalsAreRefused() throws {
        let dumb = try TmuxSession(arguments: [], term: "dumb")
        defer { dumb.close() }
        #expect(try dumb.waitForExit() == 1)
        #expect(dumb.stderr.contains("TERM=dumb"))
        #expect(dumb.stderr.contains("margin show"))
        let unknown = try TmuxSession(arguments: [], term: "no-such-terminal")
        defer { unknown.close() }
        #expect(try unknown.waitForExit() == 1)
        #expect(unknown.stderr.contains("unknown terminal type TERM=no-such-terminal"))
        try unknown.expectTerminalRestored()
    }

    @Test func aBadConfigLineIsNamed() throws {
        let session = try TmuxSession(arguments: ["--config", "/dev/null/none"])
        defer { session.close() }
        #expect(try session.waitForExit() == 1)
        #expect(session.stderr.contains("cannot read the config file /dev/null/none"))
    }
}
