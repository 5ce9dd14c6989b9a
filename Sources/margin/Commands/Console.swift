#if canImport(Glibc)
import Glibc
#endif
import MarginaliaCore

/// Writing to stdout and stderr; untrusted text is cleaned before it can reach a terminal.
enum Console {
    /// Whether standard output is a terminal.
    static var stdoutIsTerminal: Bool { isatty(1) == 1 }

    /// Writes text to standard output as is (for JSON, which escapes control characters itself).
    static func write(_ text: String) {
        var copy = text
        copy.withUTF8 { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(1, buffer.baseAddress! + offset, buffer.count - offset)
                if written <= 0 {
                    if written < 0 && errno == EINTR { continue }
                    return
                }
                offset += written
            }
        }
    }

    /// Writes a line of untrusted text to standard output without control characters (and without bidi
    /// controls when standard output is a terminal).
    static func line(_ text: String) {
        write(TerminalSafeText.clean(text, removingBidiControls: stdoutIsTerminal) + "\n")
    }

    /// Writes a line to standard error, cleaned of control characters.
    static func error(_ text: String) {
        let safe = TerminalSafeText.clean(text, removingBidiControls: isatty(2) == 1) + "\n"
        var copy = safe
        copy.withUTF8 { buffer in _ = Glibc.write(2, buffer.baseAddress!, buffer.count) }
    }

    /// The terminal's width in columns, if standard output is a terminal.
    static func terminalColumns() -> Int? {
        guard stdoutIsTerminal else { return nil }
        var size = winsize()
        guard ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}
