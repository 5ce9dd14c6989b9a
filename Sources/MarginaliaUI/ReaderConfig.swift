/// Settings the user can change in the config file.
public struct ReaderConfig: Equatable, Sendable {
    /// The widest the reading column gets, in columns.
    public var readingWidth: Int
    /// The key bindings.
    public var keymap: Keymap
    /// Colours and attributes per style.
    public var palette: Palette
    /// Whether to use colour at all (NO_COLOR and monochrome terminals turn it off regardless).
    public var useColor: Bool

    /// The default reading width.
    public static let defaultReadingWidth = 80

    /// Creates a config (defaults: 80 columns, the standard keymap and palette, colour on).
    public init(
        readingWidth: Int = ReaderConfig.defaultReadingWidth, keymap: Keymap = .standard,
        palette: Palette = .standard, useColor: Bool = true
    ) {
        self.readingWidth = readingWidth
        self.keymap = keymap
        self.palette = palette
        self.useColor = useColor
    }
}
