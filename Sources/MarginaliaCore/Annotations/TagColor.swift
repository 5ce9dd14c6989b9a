/// The colours a tag can have: the eight a basic terminal can show (the UI maps them to colour pairs).
public enum TagColor: String, Hashable, Sendable, Codable, CaseIterable {
    case red, green, yellow, blue, magenta, cyan, white, black

    /// Parses a colour name, case-insensitively.
    public init?(name: String) {
        self.init(rawValue: name.lowercased())
    }
}
