#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes an export to a file atomically: a temporary file in the same folder, fsync, rename, fsync the
/// folder, so a reader (or a crash) never sees half an export. Unlike the store's files, an export is made
/// with the usual permissions (0666 less the umask) and no backup is kept.
public enum ExportFile {
    /// Writes the bytes to `path`, replacing any file there.
    public static func write(_ bytes: [UInt8], to path: String) throws(ExportError) {
        var info = stat()
        if stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR || path.hasSuffix("/") {
            throw .outputIsFolder(path)
        }
        if path.hasSuffix("/") { throw .outputIsFolder(path) }
        let folder = AtomicFile.folder(of: path)
        if stat(folder, &info) != 0 {
            throw .notWritable(path: path, reason: "the folder \(folder) does not exist")
        }
        if (info.st_mode & S_IFMT) != S_IFDIR { throw .notWritable(path: path, reason: "\(folder) is not a folder") }
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let temporary = (folder == "/" ? "" : folder) + "/." + name + ".tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard fd >= 0 else { throw .notWritable(path: path, reason: AtomicFile.reason(errno)) }
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { buffer in
                Glibc.write(fd, buffer.baseAddress! + done, bytes.count - done)
            }
            if n < 0 {
                if errno == EINTR { continue }
                let code = errno
                close(fd)
                unlink(temporary)
                throw .notWritable(path: path, reason: AtomicFile.reason(code))
            }
            done += n
        }
        if fsync(fd) != 0 {
            let code = errno
            close(fd)
            unlink(temporary)
            throw .notWritable(path: path, reason: AtomicFile.reason(code))
        }
        close(fd)
        if rename(temporary, path) != 0 {
            let code = errno
            unlink(temporary)
            throw .notWritable(path: path, reason: AtomicFile.reason(code))
        }
        let folderFD = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderFD >= 0 {
            _ = fsync(folderFD)
            close(folderFD)
        }
    }
}
