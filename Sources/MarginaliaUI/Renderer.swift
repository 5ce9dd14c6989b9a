import MarginaliaCore

/// Draws a frame from the state. Pure; costs what the screen shows, not what the article holds.
public enum Renderer {
    /// The frame for a state.
    public static func render(_ state: AppState) -> Frame {
        var frame = Frame(rows: state.rows, columns: state.columns)
        let geometry = state.geometry
        if geometry.isTooSmall {
            frame.write("Terminal too small", row: 0, column: 0, style: .notice)
            if state.rows > 1 { frame.write("(q quits)", row: 1, column: 0, style: .normal) }
            return frame
        }
        if let helpTop = state.helpTop {
            HelpRenderer.draw(state, top: helpTop, into: &frame)
        } else if state.allAnnotations != nil {
            _ = PanelRenderer.draw(state, into: &frame)
        } else if state.screen == .reader, let reader = state.reader {
            DocumentRenderer.draw(reader, geometry: geometry, into: &frame)
            if !PanelRenderer.draw(state, into: &frame) { StatusLine.draw(state, reader: reader, into: &frame) }
        } else {
            LibraryRenderer.draw(state, into: &frame)
        }
        return frame
    }

    /// The help screen's lines, generated from the keymap.
    public static func helpLines(_ keymap: Keymap) -> [(keys: String, text: String, isHeading: Bool)] {
        var lines: [(keys: String, text: String, isHeading: Bool)] = []
        for section in keymap.helpSections() {
            if !lines.isEmpty { lines.append(("", "", false)) }
            lines.append(("", section.title, true))
            for row in section.rows { lines.append((row.keys, row.summary, false)) }
        }
        for section in PanelKeys.sections {
            lines.append(("", "", false))
            lines.append(("", section.title, true))
            for row in section.rows { lines.append((row.keys, row.summary, false)) }
        }
        lines.append(("", "", false))
        lines.append(("", "Typing a search or filter: Enter keeps it, Esc cancels, Backspace deletes, C-u clears.", false))
        return lines
    }
}
