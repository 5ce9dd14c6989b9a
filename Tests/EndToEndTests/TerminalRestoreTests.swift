import Foundation
import Testing

/// Every way out leaves the terminal as it was: quit keys, Ctrl-C, SIGTERM, SIGHUP and crashes.
@Suite(.serialized) struct TerminalRestoreTests {
    /// Crash signals are tested with the Swift runtime's backtracer off: it runs after margin's handler has
    /// restored the terminal (it prints its report on the normal screen) but can wait for a key, which
    /// would stall the suite.
    func openSeed() throws -> TmuxSession {
        let session = try TmuxSession(arguments: ["seeds/003_fad1952b841b7729.txt"], environment: ["SWIFT_BACKTRACE": "enable=no"])
        try session.waitFor(text: "ARTICLE │")
        return session
    }

    @Test func ctrlCQuits() throws {
        let session = try openSeed()
        defer { session.close() }
        try session.send("C-c")
        #expect(try session.waitForExit() == 0)
        try session.expectTerminalRestored()
    }

    @Test(arguments: [("TERM", SIGTERM), ("HUP", SIGHUP), ("SEGV", SIGSEGV), ("ABRT", SIGABRT)])
    func signalRestoresTheTerminal(name: String, signal: Int32) throws {
        let session = try openSeed()
        defer { session.close() }
        let pid = try #require(try session.marginPID())
        kill(pid, signal)
        let status = try session.waitForExit()
        #expect(status == 128 + Int(signal), "margin should die of SIG\(name)")
        try session.expectTerminalRestored()
    }
}
