/// Where frames are shown: ncurses in the terminal layer, memory in tests.
public protocol Screen {
    /// The current size as (rows, columns).
    var size: (rows: Int, columns: Int) { get }
    /// Shows a frame; implementations may write only what changed since the last one.
    mutating func present(_ frame: Frame)
}

/// A screen in memory: keeps the last frame for tests to dump as text.
public struct MemoryScreen: Screen {
    /// The size frames are rendered at.
    public var size: (rows: Int, columns: Int)
    /// The last frame presented.
    public private(set) var frame: Frame
    /// How many frames have been presented.
    public private(set) var presentCount = 0

    /// A blank screen of this size.
    public init(rows: Int, columns: Int) {
        size = (rows, columns)
        frame = Frame(rows: rows, columns: columns)
    }

    public mutating func present(_ frame: Frame) {
        self.frame = frame
        presentCount += 1
    }

    /// The last frame as text.
    public var textDump: String { frame.textDump }
}
