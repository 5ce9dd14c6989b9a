/// A store file or folder that cannot be read or written; `margin` exits with status 3.
///
/// Every message names the file, says what is wrong and how to recover; the file is never changed.
public enum StoreError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file is not valid JSON (corrupt or truncated).
    case corrupt(path: String, detail: String, backup: String?)
    /// The file is JSON but not what Marginalia wrote (missing or mistyped fields).
    case wrongShape(path: String, detail: String, backup: String?)
    /// The file was written by a newer Marginalia.
    case newerSchema(path: String, found: Int, supported: Int)
    /// The folder or file cannot be written (read-only folder or file system, or permissions).
    case notWritable(path: String, reason: String)
    /// The file or folder cannot be read.
    case unreadable(path: String, reason: String)
    /// No data folder could be chosen (no --data-dir, MARGINALIA_HOME, XDG_DATA_HOME or HOME).
    case noDataDirectory

    public var description: String {
        switch self {
        case .corrupt(let path, let detail, let backup):
            "cannot read \(path): it is not valid JSON (\(detail)).\n" + Self.recovery(path, backup)
        case .wrongShape(let path, let detail, let backup):
            "cannot read \(path): it is not a Marginalia store file of the expected shape (\(detail)).\n"
                + Self.recovery(path, backup)
        case .newerSchema(let path, let found, let supported):
            "cannot read \(path): it was written by a newer Marginalia (schema version \(found); this version "
                + "reads up to \(supported)).\nThe file was left untouched; upgrade margin to use it."
        case .notWritable(let path, let reason):
            "cannot write to \(path): \(reason).\nThe data folder must be writable to save annotations; choose "
                + "another with --data-dir or MARGINALIA_HOME, or fix its permissions. Nothing was changed."
        case .unreadable(let path, let reason):
            "cannot read \(path): \(reason)."
        case .noDataDirectory:
            "no data folder: pass --data-dir, or set MARGINALIA_HOME, XDG_DATA_HOME or HOME."
        }
    }

    /// The path of the file or folder the error is about.
    public var path: String? {
        switch self {
        case .corrupt(let path, _, _), .wrongShape(let path, _, _), .newerSchema(let path, _, _),
             .notWritable(let path, _), .unreadable(let path, _): path
        case .noDataDirectory: nil
        }
    }

    private static func recovery(_ path: String, _ backup: String?) -> String {
        var text = "The file was left untouched and nothing will be saved over it. "
        if let backup {
            text += "To go back to the previous version, run:\n  cp '\(backup)' '\(path)'\n"
                + "(or move the damaged file aside and fix it by hand)."
        } else {
            text += "There is no backup (\(path).bak); fix the file by hand, or move it aside to start it afresh."
        }
        return text
    }
}
