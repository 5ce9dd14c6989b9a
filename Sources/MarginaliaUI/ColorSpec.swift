/// A colour the config file can name; the terminal maps it to a curses colour number.
public enum TerminalColor: String, CaseIterable, Sendable {
    case `default`, black, red, green, yellow, blue, magenta, cyan, white
}

/// A text attribute that works without colour.
public enum TextAttribute: String, CaseIterable, Sendable {
    case bold, dim, underline, reverse, italic
}

/// How one `TextStyle` is drawn: colours when the terminal has them, attributes always.
public struct ColorSpec: Hashable, Sendable {
    /// Foreground colour.
    public var foreground: TerminalColor
    /// Background colour.
    public var background: TerminalColor
    /// Attributes used with colour.
    public var attributes: Set<TextAttribute>
    /// Attributes used on a monochrome terminal or with NO_COLOR, so every style stays distinct.
    public var monochrome: Set<TextAttribute>

    /// Creates a spec.
    public init(
        _ foreground: TerminalColor = .default, on background: TerminalColor = .default,
        _ attributes: Set<TextAttribute> = [], monochrome: Set<TextAttribute> = []
    ) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
        self.monochrome = monochrome
    }
}

/// Colours and attributes for every style.
public struct Palette: Equatable, Sendable {
    /// The spec of each style.
    public var specs: [TextStyle: ColorSpec]

    /// The built-in look.
    public static let standard = Palette(specs: [
        .normal: ColorSpec(),
        .title: ColorSpec(.default, [.bold], monochrome: [.bold, .underline]),
        .meta: ColorSpec(.cyan, monochrome: [.dim]),
        .heading: ColorSpec(.yellow, [.bold], monochrome: [.bold]),
        .quote: ColorSpec(.green, monochrome: [.dim]),
        .author: ColorSpec(.magenta, [.bold], monochrome: [.bold]),
        .selectedAuthor: ColorSpec(.magenta, [.bold, .reverse], monochrome: [.bold, .reverse]),
        .collapsedNote: ColorSpec(.cyan, monochrome: [.dim]),
        .statusBar: ColorSpec(.black, on: .white, [], monochrome: [.reverse]),
        .prompt: ColorSpec(.default, [.bold], monochrome: [.bold]),
        .message: ColorSpec(.black, on: .cyan, [], monochrome: [.reverse, .bold]),
        .error: ColorSpec(.white, on: .red, [.bold], monochrome: [.reverse, .bold]),
        .match: ColorSpec(.black, on: .yellow, [], monochrome: [.reverse]),
        .currentMatch: ColorSpec(.black, on: .green, [.bold], monochrome: [.reverse, .bold, .underline]),
        .selectedRow: ColorSpec(.default, [.reverse], monochrome: [.reverse]),
        .helpKey: ColorSpec(.yellow, [.bold], monochrome: [.bold]),
        .notice: ColorSpec(.default, [.bold], monochrome: [.bold]),
        .underCursor: ColorSpec(.default, [.reverse], monochrome: [.reverse]),
        .selection: ColorSpec(.black, on: .white, [.bold], monochrome: [.reverse, .bold]),
        .noteMark: ColorSpec(.yellow, [.bold], monochrome: [.bold]),
        .tagRed: ColorSpec(.black, on: .red, monochrome: [.underline]),
        .tagRedOverlap: ColorSpec(.black, on: .red, [.underline, .bold], monochrome: [.underline, .bold]),
        .tagRedCursor: ColorSpec(.black, on: .red, [.reverse, .bold], monochrome: [.reverse, .underline]),
        .tagGreen: ColorSpec(.black, on: .green, monochrome: [.underline]),
        .tagGreenOverlap: ColorSpec(.black, on: .green, [.underline, .bold], monochrome: [.underline, .bold]),
        .tagGreenCursor: ColorSpec(.black, on: .green, [.reverse, .bold], monochrome: [.reverse, .underline]),
        .tagYellow: ColorSpec(.black, on: .yellow, monochrome: [.underline]),
        .tagYellowOverlap: ColorSpec(.black, on: .yellow, [.underline, .bold], monochrome: [.underline, .bold]),
        .tagYellowCursor: ColorSpec(.black, on: .yellow, [.reverse, .bold], monochrome: [.reverse, .underline]),
        .tagBlue: ColorSpec(.white, on: .blue, monochrome: [.underline]),
        .tagBlueOverlap: ColorSpec(.white, on: .blue, [.underline, .bold], monochrome: [.underline, .bold]),
        .tagBlueCursor: ColorSpec(.white, on: .blue, [.reverse, .bold], monochrome: [.reverse, .underline]),
        .tagMagenta: ColorSpec(.black, on: .magenta, monochrome: [.underline]),
        .tagMagentaOverlap: ColorSpec(.black, on: .magenta, [.underline, .bold], monochrome: [.underline, .bold]),
        .tagMagentaCursor: ColorSpec(.black, on: .magenta, [.reverse, .bold], monochrome: [.reverse, .underline]),
        .tagCyan: ColorSpec(.black, on: .cyan, monochrome: [.underline]),
        .tagCyanOverlap: ColorSpec(.black, on: .cyan, [.underline, .bold], monochrome: [.underline, .bold]),
        .tagCyanCursor: ColorSpec(.black, on: .cyan, [.reverse, .bold], monochrome: [.reverse, .underline]),
        .tagWhite: ColorSpec(.black, on: .white, monochrome: [.underline]),
        .tagWhiteOverlap: ColorSpec(.black, on: .white, [.underline, .bold], monochrome: [.underline, .bold]),
        .tagWhiteCursor: ColorSpec(.black, on: .white, [.reverse, .bold], monochrome: [.reverse, .underline]),
        .tagBlack: ColorSpec(.white, on: .black, monochrome: [.underline]),
        .tagBlackOverlap: ColorSpec(.white, on: .black, [.underline, .bold], monochrome: [.underline, .bold]),
        .tagBlackCursor: ColorSpec(.white, on: .black, [.reverse, .bold], monochrome: [.reverse, .underline]),
    ])

    /// The spec for a style (normal when unset).
    public subscript(style: TextStyle) -> ColorSpec {
        get { specs[style] ?? ColorSpec() }
        set { specs[style] = newValue }
    }
}
