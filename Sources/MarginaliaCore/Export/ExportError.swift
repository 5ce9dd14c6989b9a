/// Why an export could not be made; a user error (exit 1 on the command line).
public enum ExportError: Error, Hashable, Sendable, CustomStringConvertible {
    /// No tag has this name; the known names are listed.
    case unknownTag(String, known: [String])
    /// The output path is a folder.
    case outputIsFolder(String)
    /// The output file cannot be written, with the reason.
    case notWritable(path: String, reason: String)

    public var description: String {
        switch self {
        case .unknownTag(let name, let known):
            "no tag named '\(name)'" + (known.isEmpty ? " (there are no tags)" : "; the tags are: " + known.joined(separator: ", "))
        case .outputIsFolder(let path):
            "cannot write the export to \(path): it is a folder; give a file name, e.g. \(path.hasSuffix("/") ? path : path + "/")annotations.md"
        case .notWritable(let path, let reason):
            "cannot write the export to \(path): \(reason). Nothing was written."
        }
    }
}
