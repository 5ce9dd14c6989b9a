import Foundation

/// Runs the built `margin` binary for command-line tests.
///
/// The binary is found next to the test bundle (`swift test` builds it into the same folder as the test
/// runner: the directory of /proc/self/exe). Usage:
///
///     let result = try MarginCLI.run(["list", "seeds"], cwd: MarginCLI.packageRoot)
///     #expect(result.exitCode == 0)
///     #expect(result.stdout.contains("North Korea"))
enum MarginCLI {
    /// What a run of the binary produced.
    struct Result: Sendable {
        /// The exit status (or 128 + signal number if it was killed by a signal).
        var exitCode: Int32
        /// Everything written to standard output, decoded as UTF-8.
        var stdout: String
        /// Everything written to standard error, decoded as UTF-8.
        var stderr: String
    }

    /// Why the binary could not be run.
    enum Failure: Error, CustomStringConvertible {
        case binaryNotFound(String)

        var description: String {
            switch self {
            case .binaryNotFound(let path): "the margin binary is not at \(path); run `swift build` first"
            }
        }
    }

    /// The folder holding the test runner and the built products (e.g. .build/debug).
    static var productsFolder: URL {
        let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        var folder = exe.deletingLastPathComponent()
        // On some set-ups the runner sits inside an .xctest bundle folder.
        while folder.path.hasSuffix(".xctest") || folder.lastPathComponent == "Contents" || folder.lastPathComponent == "MacOS" {
            folder = folder.deletingLastPathComponent()
        }
        return folder
    }

    /// The built `margin` binary.
    static var binary: URL { productsFolder.appendingPathComponent("margin") }

    /// The package root (the folder holding Package.swift), found from this source file's location.
    static var packageRoot: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// The bundled seeds folder.
    static var seeds: URL { packageRoot.appendingPathComponent("seeds") }

    /// Runs `margin` with `arguments`; `environment` entries are added to (or override) the current
    /// environment; `stdin` is written to its standard input (empty input if nil); `cwd` defaults to the
    /// package root.
    static func run(
        _ arguments: [String], environment: [String: String] = [:], stdin: String? = nil, cwd: URL? = nil
    ) throws -> Result {
        guard FileManager.default.isExecutableFile(atPath: binary.path) else { throw Failure.binaryNotFound(binary.path) }
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = cwd ?? packageRoot
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let input = Pipe()
        let output = Pipe()
        let errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        // Read both pipes concurrently so a chatty child cannot block on a full pipe.
        let group = DispatchGroup()
        nonisolated(unsafe) var outData = Data()
        nonisolated(unsafe) var errData = Data()
        group.enter()
        DispatchQueue.global().async {
            outData = output.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        group.enter()
        DispatchQueue.global().async {
            errData = errors.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        if let stdin { input.fileHandleForWriting.write(Data(stdin.utf8)) }
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        group.wait()
        let status = process.terminationReason == .uncaughtSignal ? 128 + process.terminationStatus : process.terminationStatus
        return Result(exitCode: status, stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Runs `margin` with its standard output on a pseudo-terminal (via util-linux `script`), for checking
    /// what reaches a terminal. The terminal turns "\n" into "\r\n"; the result's stdout has them back as
    /// "\n". Standard error is merged into stdout by the terminal.
    static func runOnTerminal(_ arguments: [String], cwd: URL? = nil) throws -> Result {
        func quote(_ word: String) -> String { "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'" }
        let command = ([binary.path] + arguments).map(quote).joined(separator: " ")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", command, "/dev/null"]
        process.currentDirectoryURL = cwd ?? packageRoot
        var environment = ProcessInfo.processInfo.environment
        environment["TERM"] = "xterm-256color"
        environment["COLUMNS"] = "80"
        process.environment = environment
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self).replacingOccurrences(of: "\r\n", with: "\n")
        return Result(exitCode: process.terminationStatus, stdout: text, stderr: "")
    }

    /// A new empty temporary folder for a test's files.
    static func temporaryFolder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("margin-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}
