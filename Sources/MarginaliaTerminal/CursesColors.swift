import CNcurses
import MarginaliaUI

/// Maps text styles to curses attributes and colour pairs: colours when the terminal has them and the user
/// allows them (NO_COLOR unset, config `color = on`), else attributes only, so every style stays distinct.
struct CursesColors {
    /// Attributes and pair per style.
    private(set) var looks: [TextStyle: (attributes: attr_t, pair: Int16)] = [:]
    /// Whether colours are used.
    let usesColor: Bool

    init(palette: Palette, wantColor: Bool) {
        var color = wantColor && has_colors()
        if color {
            // COLORS is only known once colour is started.
            start_color()
            if shim_colors() < 8 || use_default_colors() != OK { color = false }
        }
        usesColor = color
        for (index, style) in TextStyle.allCases.enumerated() {
            let spec = palette[style]
            if color {
                let pair = Int16(index + 1)
                init_pair(pair, CursesColors.number(spec.foreground), CursesColors.number(spec.background))
                looks[style] = (CursesColors.attributes(spec.attributes), pair)
            } else {
                looks[style] = (CursesColors.attributes(spec.monochrome), 0)
            }
        }
    }

    /// The look of a style.
    func look(_ style: TextStyle) -> (attributes: attr_t, pair: Int16) {
        looks[style] ?? (shim_A_NORMAL(), 0)
    }

    static func number(_ color: TerminalColor) -> Int16 {
        switch color {
        case .default: -1
        case .black: Int16(COLOR_BLACK)
        case .red: Int16(COLOR_RED)
        case .green: Int16(COLOR_GREEN)
        case .yellow: Int16(COLOR_YELLOW)
        case .blue: Int16(COLOR_BLUE)
        case .magenta: Int16(COLOR_MAGENTA)
        case .cyan: Int16(COLOR_CYAN)
        case .white: Int16(COLOR_WHITE)
        }
    }

    static func attributes(_ set: Set<TextAttribute>) -> attr_t {
        var value = shim_A_NORMAL()
        for attribute in set {
            switch attribute {
            case .bold: value |= shim_A_BOLD()
            case .dim: value |= shim_A_DIM()
            case .underline: value |= shim_A_UNDERLINE()
            case .reverse: value |= shim_A_REVERSE()
            case .italic: value |= shim_A_ITALIC()
            }
        }
        return value
    }
}
