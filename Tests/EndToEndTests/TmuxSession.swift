import Foundation
import Testing

/// Runs the built `margin` in a private tmux server, as a person at a terminal would use it.
///
/// Each session has its own socket (`tmux -L`), so tests never touch another tmux; `close()` kills only
/// that server. The pane runs `sh -c`, which (unlike an interactive shell) does not repair the terminal
/// after the program, so `stty -g` before and after shows whether margin restored it.
final class TmuxSession {
    let socket: String
    let directory: URL
    private static let counter = Counter()

    /// The directory holding the test bundle, which is where SwiftPM puts the built `margin`.
    static var marginBinary: String {
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        return executable.deletingLastPathComponent().appendingPathComponent("margin").path
    }

    /// The package root (where `swift run margin` opens seeds/).
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// Starts `margin ARGUMENTS` in a terminal of the given size, in a clean environment (`env -i`: the test
    /// runner's own, such as NO_COLOR, must not leak in).
    init(
        arguments: [String], rows: Int = 24, columns: Int = 80, term: String = "xterm-256color",
        environment: [String: String] = [:], directory workingDirectory: URL = TmuxSession.packageRoot
    ) throws {
        socket = "margin-e2e-\(getpid())-\(TmuxSession.counter.next())"
        directory = FileManager.default.temporaryDirectory.appendingPathComponent(socket)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        var exports = [
            "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "TERM": term, "XDG_CONFIG_HOME": directory.path,
            "MARGINALIA_HOME": directory.path + "/data", "HOME": directory.path,
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
        ]
        for (key, value) in environment { exports[key] = value }
        let env = exports.sorted { $0.key < $1.key }.map { "\($0.key)=\(quote($0.value))" }.joined(separator: " ")
        let command = ([TmuxSession.marginBinary] + arguments).map(quote).joined(separator: " ")
        let d = quote(directory.path)
        let script = """
            cd \(quote(workingDirectory.path)); stty -g > \(d)/before; env -i \(env) \(command) 2> \(d)/stderr; \
            echo $? > \(d)/status; stty -g > \(d)/after; echo MARGIN-EXITED; sleep 600
            """
        try tmux(["-f", "/dev/null", "new-session", "-d", "-x", "\(columns)", "-y", "\(rows)", "-s", "e2e", "sh -c \(quote(script))"])
        try tmux(["set-option", "-t", "e2e", "status", "off"])
    }

    /// Sends keys by tmux name (`j`, `Enter`, `Escape`, `C-c`, `PageDown`).
    func send(_ keys: String...) throws {
        try tmux(["send-keys", "-t", "e2e"] + keys)
    }

    /// Types text literally.
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", "e2e", "-l", text])
    }

    /// The screen as lines of text.
    func screen() throws -> [String] {
        var lines = try tmux(["capture-pane", "-p", "-t", "e2e"]).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }  // the output ends with a newline
        return lines
    }

    /// The screen with colours and attributes as escape sequences.
    func screenWithAttributes() throws -> String {
        try tmux(["capture-pane", "-p", "-e", "-t", "e2e"])
    }

    /// A tmux format value for the pane (`#{alternate_on}`, `#{cursor_flag}`).
    func format(_ format: String) throws -> String {
        try tmux(["display-message", "-p", "-t", "e2e", format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Resizes the terminal.
    func resize(rows: Int, columns: Int) throws {
        try tmux(["resize-window", "-t", "e2e", "-x", "\(columns)", "-y", "\(rows)"])
    }

    /// Waits until the screen satisfies `condition`; records an issue with the screen if it never does.
    @discardableResult
    func waitFor(
        _ what: String, timeout: Double = 10, sourceLocation: SourceLocation = #_sourceLocation,
        _ condition: ([String]) -> Bool
    ) throws -> [String] {
        let deadline = Date().addingTimeInterval(timeout)
        var lines = try screen()
        while !condition(lines) {
            if Date() > deadline {
                Issue.record("timed out waiting for \(what); screen:\n\(lines.joined(separator: "\n"))\nstderr: \(stderr)", sourceLocation: sourceLocation)
                return lines
            }
            Thread.sleep(forTimeInterval: 0.02)
            lines = try screen()
        }
        return lines
    }

    /// Waits for text anywhere on screen.
    @discardableResult
    func waitFor(text: String, timeout: Double = 10, sourceLocation: SourceLocation = #_sourceLocation) throws -> [String] {
        try waitFor("“\(text)”", timeout: timeout, sourceLocation: sourceLocation) { $0.contains { $0.contains(text) } }
    }

    /// Waits for margin to exit; returns its exit status.
    func waitForExit(sourceLocation: SourceLocation = #_sourceLocation) throws -> Int? {
        try waitFor(text: "MARGIN-EXITED", sourceLocation: sourceLocation)
        return (try? String(contentsOf: directory.appendingPathComponent("status"), encoding: .utf8))
            .flatMap { Int($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    }

    /// The terminal settings before margin started and after it ended.
    func sttyBeforeAndAfter() -> (before: String, after: String) {
        let read = { (name: String) in
            (try? String(contentsOf: self.directory.appendingPathComponent(name), encoding: .utf8)) ?? "missing \(name)"
        }
        return (read("before"), read("after"))
    }

    /// What margin wrote to stderr.
    var stderr: String {
        (try? String(contentsOf: directory.appendingPathComponent("stderr"), encoding: .utf8)) ?? ""
    }

    /// The pid of the running margin (the child of the pane's shell).
    func marginPID() throws -> Int32? {
        let shell = try format("#{pane_pid}")
        let children = (try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)) ?? ""
        for child in children.split(separator: " ") {
            let pid = String(child)
            if let name = try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8), name.hasPrefix("margin") {
                return Int32(pid)
            }
        }
        return nil
    }

    /// Checks the terminal was left as margin found it: same stty settings, normal screen, cursor shown.
    func expectTerminalRestored(sourceLocation: SourceLocation = #_sourceLocation) throws {
        let stty = sttyBeforeAndAfter()
        #expect(stty.before == stty.after, "stty changed", sourceLocation: sourceLocation)
        #expect(!stty.before.hasPrefix("missing"), sourceLocation: sourceLocation)
        #expect(try format("#{alternate_on}") == "0", "still on the alternate screen", sourceLocation: sourceLocation)
        #expect(try format("#{cursor_flag}") == "1", "cursor hidden", sourceLocation: sourceLocation)
    }

    /// Kills this session's tmux server (only ours: it has its own socket).
    func close() {
        guard !closed else { return }
        closed = true
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(at: directory)
    }

    private var closed = false

    deinit { close() }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        let output = directory.appendingPathComponent("tmux-output-\(TmuxSession.counter.next())")
        defer { try? FileManager.default.removeItem(at: output) }
        let status = try spawnAndWait(["tmux", "-L", socket] + arguments, stdout: output.path)
        guard status == 0 else { throw TmuxError.failed(arguments, status) }
        return (try? String(contentsOf: output, encoding: .utf8)) ?? ""
    }
}

/// A tmux command that failed.
enum TmuxError: Error {
    case failed([String], Int32)
    case spawn(Int32)
}

/// Runs a command with stdout to a file and waits for it with waitpid.
///
/// Not Foundation's Process: its child monitoring can miss the exit of a short-lived child when several
/// run at once (the tmux client stays a zombie and `waitUntilExit` never returns), and a pipe would be
/// inherited and held open by the tmux server that `new-session` starts.
func spawnAndWait(_ arguments: [String], stdout path: String) throws -> Int32 {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    // Nothing else of this test process may reach the tmux server, which outlives the call: it would hold the
    // socket Foundation's Process uses to notice its children's exit, and other tests' waits would never end.
    closeInheritedDescriptors(&actions)
    // The test runner's threads block most signals and a spawned process inherits that mask: a tmux server
    // started so never sees SIGTERM or SIGCHLD, and `kill-server` leaves it running. Start children with no
    // signal blocked and default handlers.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var none = sigset_t()
    sigemptyset(&none)
    posix_spawnattr_setsigmask(&attributes, &none)
    var all = sigset_t()
    sigfillset(&all)
    posix_spawnattr_setsigdefault(&attributes, &all)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    var pid: pid_t = 0
    let argv = arguments.map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    let result = posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, environ)
    guard result == 0 else { throw TmuxError.spawn(result) }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
    return (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
}

/// Asks the spawn to close every descriptor from 3 up (glibc's `posix_spawn_file_actions_addclosefrom_np`,
/// which Swift's Glibc module does not declare); falls back to closing the descriptors open right now.
func closeInheritedDescriptors(_ actions: inout posix_spawn_file_actions_t) {
    typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
    if let symbol = dlsym(nil, "posix_spawn_file_actions_addclosefrom_np") {
        _ = unsafeBitCast(symbol, to: CloseFrom.self)(&actions, 3)
        return
    }
    let open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []
    for fd in open.compactMap({ Int32($0) }) where fd > 2 { posix_spawn_file_actions_addclose(&actions, fd) }
}

/// Shell-quotes a word.
func quote(_ word: String) -> String {
    "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
}

/// A thread-safe counter for unique socket names.
final class Counter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()
    func next() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value
    }
}
