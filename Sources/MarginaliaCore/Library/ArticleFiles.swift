#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds the article files under the paths a user gave: files as given, folders walked recursively.
public enum ArticleFiles {
    /// File extensions that count as articles inside folders (a file named explicitly is always tried).
    public static let extensions: Set<String> = ["txt", "text"]

    /// The article files for `paths`, in the order given (each folder's files sorted by path), without
    /// repeats, plus failures for paths that do not exist or cannot be listed.
    public static func find(_ paths: [String]) -> (files: [String], failures: [ImportFailure]) {
        var files: [String] = []
        var failures: [ImportFailure] = []
        var seen = Set<String>()
        var visitedFolders = Set<String>()
        for path in paths {
            var info = stat()
            guard stat(path, &info) == 0 else {
                let error: ImportError = errno == ENOENT || errno == ENOTDIR
                    ? .missing(path: path) : .unreadable(path: path, reason: FileReader.message(errno))
                failures.append(ImportFailure(error))
                continue
            }
            if (info.st_mode & S_IFMT) == S_IFDIR {
                walk(path, into: &files, failures: &failures, seen: &seen, visited: &visitedFolders)
            } else if seen.insert(canonicalPath(path)).inserted {
                files.append(path)
            }
        }
        return (files, failures)
    }

    /// The absolute path with symbolic links, `.` and `..` resolved (the path itself if that fails), so
    /// one file reached two ways is loaded once.
    public static func canonicalPath(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Whether a file name counts as an article inside a folder.
    public static func isArticleFile(_ name: String) -> Bool {
        guard !name.hasPrefix("."), let dot = name.lastIndex(of: ".") else { return false }
        return extensions.contains(name[name.index(after: dot)...].lowercased())
    }

    private static func walk(
        _ folder: String, into files: inout [String], failures: inout [ImportFailure], seen: inout Set<String>,
        visited: inout Set<String>
    ) {
        var info = stat()
        guard stat(folder, &info) == 0 else { return }
        // A symlink loop must not send the walk round for ever.
        guard visited.insert("\(info.st_dev):\(info.st_ino)").inserted else { return }
        guard let directory = opendir(folder) else {
            failures.append(ImportFailure(.unreadable(path: folder, reason: FileReader.message(errno))))
            return
        }
        var names: [String] = []
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix(while: { $0 != 0 }), as: UTF8.self)
            }
            if name.hasPrefix(".") { continue }  // hidden files and folders, "." and ".."
            names.append(name)
        }
        closedir(directory)
        let base = folder.hasSuffix("/") ? folder : folder + "/"
        for name in names.sorted() {
            let path = base + name
            var entryInfo = stat()
            guard stat(path, &entryInfo) == 0 else { continue }  // dangling symlink: not an article
            if (entryInfo.st_mode & S_IFMT) == S_IFDIR {
                walk(path, into: &files, failures: &failures, seen: &seen, visited: &visited)
            } else if isArticleFile(name), seen.insert(canonicalPath(path)).inserted {
                files.append(path)
            }
        }
    }
}
