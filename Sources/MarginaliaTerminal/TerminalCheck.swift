import Glibc

/// Why the reader cannot start on this terminal.
public enum TerminalError: Error, Equatable, CustomStringConvertible {
    /// Standard input or output is not a terminal.
    case notATerminal
    /// TERM is unset or `dumb`.
    case dumbTerminal(String?)
    /// curses does not know the terminal type.
    case unknownTerminal(String)

    public var description: String {
        let hint = "To print an article instead, use: margin show ARTICLE"
        switch self {
        case .notATerminal:
            return "margin: the reader needs a terminal (standard input and output are not both a terminal).\n\(hint)"
        case .dumbTerminal(let term):
            return "margin: the reader cannot run on TERM=\(term ?? "(unset)"): it needs a terminal that can move the cursor.\n\(hint)"
        case .unknownTerminal(let term):
            return "margin: unknown terminal type TERM=\(term) (no terminfo entry).\n\(hint)"
        }
    }
}

/// Checks that the reader can run here, before touching the terminal.
public enum TerminalCheck {
    /// Throws when stdin/stdout are not a terminal or TERM is missing or dumb.
    public static func check(environment: [String: String]) throws(TerminalError) {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else { throw .notATerminal }
        let term = environment["TERM"]
        guard let term, !term.isEmpty, term != "dumb" else { throw .dumbTerminal(term) }
    }
}
