/// A problem in the config file, naming the line so the user can fix it.
public struct ConfigError: Error, Equatable, CustomStringConvertible {
    /// The 1-based line number.
    public var line: Int
    /// The line as written.
    public var text: String
    /// What is wrong with it.
    public var reason: String

    /// Creates an error.
    public init(line: Int, text: String, reason: String) {
        self.line = line
        self.text = text
        self.reason = reason
    }

    public var description: String { "line \(line): \(reason)\n    \(text)" }
}
