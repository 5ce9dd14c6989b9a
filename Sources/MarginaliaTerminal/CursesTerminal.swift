import CNcurses
import Glibc
import MarginaliaUI

/// The reader's terminal on ncurses: a `Screen` that writes only the cells that changed, and an
/// `InputSource` reading keys with `wget_wch`. Owns set-up and tear-down: the terminal is restored on
/// `close()`, and on SIGTERM, SIGHUP, SIGINT and crashes by a signal handler (see shim.h).
public final class CursesTerminal: Screen, InputSource {
    private let screenPointer: OpaquePointer
    let window: UnsafeMutablePointer<WINDOW>
    private let colors: CursesColors
    var last: Frame?
    private var closed = false

    /// Whether colours are in use (false under NO_COLOR or on a monochrome terminal).
    public var usesColor: Bool { colors.usesColor }

    /// Starts curses on the controlling terminal. Call `TerminalCheck.check` first.
    public init(palette: Palette, useColor: Bool, environment: [String: String]) throws(TerminalError) {
        setlocale(LC_ALL, "")
        _ = shim_save_termios(STDIN_FILENO)
        shim_install_restore_handlers()
        let term = environment["TERM"] ?? ""
        guard let screen = shim_newterm(term) else { throw .unknownTerminal(term) }
        screenPointer = screen
        _ = set_term(screen)
        window = shim_stdscr()
        CursesTerminal.setRestoreSequence()
        raw()
        noecho()
        nonl()
        keypad(window, true)
        _ = shim_set_escdelay(25)
        curs_set(0)
        let noColor = !(environment["NO_COLOR"] ?? "").isEmpty
        colors = CursesColors(palette: palette, wantColor: useColor && !noColor)
        werase(window)
    }

    /// What a signal handler writes to put the terminal back: leave the alternate screen, show the cursor,
    /// reset attributes (each as this terminal spells it).
    private static func setRestoreSequence() {
        var sequence = ""
        for capability in ["sgr0", "cnorm", "rmcup"] {
            guard let value = tigetstr(capability), Int(bitPattern: value) != -1 else { continue }
            sequence += String(cString: value)
        }
        shim_set_restore_sequence(sequence)
    }

    public var size: (rows: Int, columns: Int) {
        (Int(shim_getmaxy(window)), Int(shim_getmaxx(window)))
    }

    /// Draws a frame, writing only the runs of cells that differ from the previous frame.
    public func present(_ frame: Frame) {
        let full = last == nil || last!.rows != frame.rows || last!.columns != frame.columns
        if full { werase(window) }
        var buffer: [wchar_t] = []
        for row in 0..<frame.rows {
            var first = 0
            var end = frame.columns
            if !full, let last {
                while first < frame.columns && frame[row, first] == last[row, first] { first += 1 }
                if first == frame.columns { continue }
                while end > first && frame[row, end - 1] == last[row, end - 1] { end -= 1 }
                // Start on a whole glyph: step back from the second half of a wide one.
                while first > 0 && (frame[row, first].text.isEmpty || last[row, first].text.isEmpty) { first -= 1 }
                while end < frame.columns && (frame[row, end].text.isEmpty || last[row, end].text.isEmpty) { end += 1 }
            }
            var column = first
            while column < end {
                let style = frame[row, column].style
                buffer.removeAll(keepingCapacity: true)
                let start = column
                while column < end && frame[row, column].style == style {
                    for scalar in frame[row, column].text.unicodeScalars { buffer.append(wchar_t(bitPattern: scalar.value)) }
                    column += 1
                }
                let look = colors.look(style)
                _ = shim_wattr_set(window, look.attributes, look.pair)
                // In the bottom-right cell curses reports ERR (the cursor cannot advance) but still draws.
                _ = mvwaddnwstr(window, Int32(row), Int32(start), buffer, Int32(buffer.count))
            }
        }
        _ = shim_wattr_set(window, shim_A_NORMAL(), 0)
        wnoutrefresh(window)
        doupdate()
        last = frame
    }

    /// The next key or resize; with `wait` false, nil when nothing is pending.
    public func next(wait: Bool) -> InputEvent? {
        wtimeout(window, wait ? -1 : 0)
        while true {
            var character: wint_t = 0
            let result = wget_wch(window, &character)
            if result == ERR {
                if !wait { return nil }
                // A blocking read that fails means the terminal went away.
                if errno == EINTR { continue }
                return .end
            }
            if result == KEY_CODE_YES {
                let code = Int32(character)
                if code == KEY_RESIZE {
                    last = nil
                    return .resize(rows: size.rows, columns: size.columns)
                }
                if let key = CursesKeys.key(functionCode: code) { return .key(key) }
                continue
            }
            if let key = CursesKeys.key(character: UInt32(character)) { return .key(key) }
        }
    }

    /// Puts the terminal back as it was: cursor shown, alternate screen left, settings restored.
    public func close() {
        guard !closed else { return }
        closed = true
        curs_set(1)
        endwin()
        shim_mark_restored()
        delscreen(screenPointer)
    }

    deinit { close() }
}
