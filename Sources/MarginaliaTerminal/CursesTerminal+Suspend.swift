import CNcurses
import Glibc
import MarginaliaUI

extension CursesTerminal {
    /// Hands the terminal to another program (an editor): leaves curses mode, runs `body`, then restores the
    /// screen, re-reads the terminal size (it may have changed meanwhile) and forgets the last frame so the
    /// next one is drawn whole. Returns `body`'s result and the size now.
    public func suspend<T>(_ body: () -> T) -> (result: T, rows: Int, columns: Int) {
        def_prog_mode()
        endwin()
        let result = body()
        reset_prog_mode()
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0, size.ws_col > 0 {
            _ = resize_term(Int32(size.ws_row), Int32(size.ws_col))
        }
        last = nil
        werase(window)
        wrefresh(window)
        return (result, self.size.rows, self.size.columns)
    }
}
