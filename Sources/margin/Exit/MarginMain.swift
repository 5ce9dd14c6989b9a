import ArgumentParser

#if canImport(Glibc)
import Glibc
#endif

extension Margin {
    /// Runs `margin`: parses the command line, runs the chosen subcommand, and ends with the project's exit
    /// statuses (ExitStatus) instead of argument-parser's defaults (64 for usage errors).
    ///
    /// Help, `--version` and completion candidates go to stdout with status 0; every error goes to stderr:
    /// Marginalia's own errors as `margin: <message>` (the form the commands use for the messages they print
    /// themselves), argument-parser's usage errors as it formats them (`Error: ...` and the usage line).
    static func main() {
        if let status = ReaderLaunch.runWithoutParsing(Array(CommandLine.arguments.dropFirst())) { Glibc.exit(status) }
        let status: ExitStatus
        do {
            var command = try parseAsRoot(nil)
            try command.run()
            status = .success
        } catch {
            status = ExitStatus.of(error)
            let message = error is any ExitStatusProviding ? "margin: \(error)" : fullMessage(for: error)
            if !message.isEmpty {
                if status == .success {
                    print(message)
                } else {
                    var standardError = StandardError()
                    print(message, to: &standardError)
                }
            }
        }
        Glibc.exit(status.rawValue)
    }
}

/// Standard error as a `TextOutputStream`, so `print(..., to:)` can write error messages there.
struct StandardError: TextOutputStream {
    mutating func write(_ string: String) {
        let bytes = Array(string.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { Glibc.write(2, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 && errno == EINTR { continue }
            if written <= 0 { return }
            offset += written
        }
    }
}
