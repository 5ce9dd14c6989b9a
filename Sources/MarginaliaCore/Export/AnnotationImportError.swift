/// Why annotations could not be imported; a user error (exit 1). Nothing is written when one is thrown.
public enum AnnotationImportError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file cannot be read.
    case unreadable(path: String, reason: String)
    /// The file is not JSON.
    case notJSON(String)
    /// The JSON is neither Marginalia's export nor Web Annotations.
    case unknownFormat(String)
    /// A value is missing or wrong at a place in the document (a JSON path such as `$.annotations[3].start`).
    case malformed(at: String, String)
    /// The file was written by a newer Marginalia.
    case newerSchema(found: Int, supported: Int)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason): "cannot read \(path): \(reason)"
        case .notJSON(let detail): "the file is not valid JSON: \(detail)"
        case .unknownFormat(let detail):
            "the file is neither a Marginalia JSON export nor W3C Web Annotations (\(detail)); "
                + "give --format json or --format w3c to see what is wrong with it"
        case .malformed(let place, let problem): "at \(place): \(problem). Nothing was imported."
        case .newerSchema(let found, let supported):
            "the file was written by a newer Marginalia (schema \(found); this version reads up to \(supported))"
        }
    }
}
