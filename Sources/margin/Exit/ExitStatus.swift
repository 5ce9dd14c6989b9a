import ArgumentParser

/// The statuses `margin` exits with, the same for every subcommand (documented in Docs/exit-codes.md).
///
/// Scripts can tell "you asked for something that is not there" (1) from "you called it wrong" (2) from
/// "your annotations could not be read or written" (3), which needs a person's attention.
enum ExitStatus: Int32, CaseIterable, Sendable {
    /// The command did what was asked.
    case success = 0
    /// A user error: a bad argument value, an article or annotation that was not found, a file that cannot
    /// be imported.
    case userError = 1
    /// A usage error: an unknown option, a missing or malformed argument (argument-parser's validation).
    case usage = 2
    /// The annotation store (or another data file) cannot be read or written; it is left untouched.
    case store = 3

    /// The status for an error thrown by parsing or by a command's `run()`.
    static func of(_ error: any Error) -> ExitStatus {
        if let provider = error as? any ExitStatusProviding { return provider.exitStatus }
        if let code = error as? ExitCode { return of(code) }
        return of(Margin.exitCode(for: error))
    }

    /// Maps argument-parser's exit codes onto ours: its validation failure (EX_USAGE, 64) becomes 2.
    static func of(_ code: ExitCode) -> ExitStatus {
        if code == .success { return .success }
        if code == .validationFailure { return .usage }
        return ExitStatus(rawValue: code.rawValue) ?? .userError
    }
}

/// An error that knows which exit status it deserves; the errors of the other layers conform in
/// ExitStatusConformances.swift, so the mapping lives in one place.
protocol ExitStatusProviding: Error {
    /// The status `margin` exits with when this error ends a command.
    var exitStatus: ExitStatus { get }
}
