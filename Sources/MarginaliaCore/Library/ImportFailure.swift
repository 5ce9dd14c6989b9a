/// A file that could not be loaded into the library: its path and a one-line message naming it.
public struct ImportFailure: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file (or folder) that failed.
    public var path: String
    /// What went wrong, one line, starting with the path.
    public var message: String

    /// Creates a failure record.
    public init(path: String, message: String) {
        self.path = path
        self.message = message
    }

    /// Records an import error.
    public init(_ error: ImportError) {
        self.init(path: error.path, message: error.description)
    }

    public var description: String { message }
}
