/// Draws the help screen, generated from the keymap.
enum HelpRenderer {
    static func draw(_ state: AppState, top: Int, into frame: inout Frame) {
        let lines = Renderer.helpLines(state.config.keymap)
        let geometry = state.geometry
        let left = geometry.left
        let keyWidth = min(22, geometry.columnWidth / 3)
        frame.write("Keys", row: 0, column: left, style: .title)
        let rows = max(0, geometry.bodyRows - 1)
        for (row, line) in lines.dropFirst(top).prefix(rows).enumerated() {
            let screenRow = row + 1
            if line.isHeading {
                frame.write(line.text, row: screenRow, column: left, style: .heading)
                continue
            }
            frame.write(line.keys, row: screenRow, column: left + 2, style: .helpKey, limit: left + 2 + keyWidth)
            frame.write(line.text, row: screenRow, column: left + 3 + keyWidth, style: .normal, limit: left + geometry.columnWidth)
        }
        StatusLine.drawBar(row: state.rows - 1, left: " HELP │ q or Esc closes │ j/k scroll", right: "",
                           message: state.message, into: &frame)
    }
}
