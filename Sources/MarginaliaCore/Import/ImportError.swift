/// Why a file could not be imported as an article; each case names the file and what is wrong.
public enum ImportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file holds no text (zero bytes, or only whitespace and control characters).
    case empty(path: String)
    /// The file is not text (NUL bytes, or a known binary signature such as PNG or ELF).
    case binary(path: String, kind: String)
    /// A directory was given where a file was expected.
    case directory(path: String)
    /// The file exists but cannot be read (permissions, I/O error).
    case unreadable(path: String, reason: String)
    /// No file exists at the path.
    case missing(path: String)

    /// The file the error is about.
    public var path: String {
        switch self {
        case .empty(let path), .binary(let path, _), .directory(let path), .unreadable(let path, _),
            .missing(let path):
            path
        }
    }

    /// A one-line message naming the file.
    public var description: String {
        switch self {
        case .empty(let path): "\(path): the file is empty (no text to import)"
        case .binary(let path, let kind): "\(path): not a text file (\(kind))"
        case .directory(let path): "\(path): is a directory, expected an article file"
        case .unreadable(let path, let reason): "\(path): cannot be read (\(reason))"
        case .missing(let path): "\(path): no such file"
        }
    }
}
