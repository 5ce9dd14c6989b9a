#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Durable whole-file reads and writes: a save writes a temporary file in the same folder, fsyncs it, keeps
/// the previous version as `<name>.bak` (a hard link, so no copy), renames the new file into place and fsyncs
/// the folder. A crash at any point leaves either the old or the new file, never a mix.
enum AtomicFile {
    /// The file's bytes and stamp, or nil if it does not exist.
    static func read(_ path: String, from offset: Int = 0) throws(StoreError) -> (bytes: [UInt8], stamp: FileStamp)? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        if fd < 0 {
            if errno == ENOENT { return nil }
            throw .unreadable(path: path, reason: Self.reason(errno))
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .unreadable(path: path, reason: Self.reason(errno)) }
        let size = max(0, Int(info.st_size) - offset)
        var bytes = [UInt8](repeating: 0, count: size)
        var done = 0
        while done < size {
            let n = bytes.withUnsafeMutableBytes { buffer in
                pread(fd, buffer.baseAddress! + done, size - done, off_t(offset + done))
            }
            if n < 0 {
                if errno == EINTR { continue }
                throw .unreadable(path: path, reason: Self.reason(errno))
            }
            if n == 0 { break }
            done += n
        }
        if done < size { bytes.removeLast(size - done) }
        return (bytes, FileStamp(info))
    }

    /// Replaces the file with these bytes durably, keeping the previous version as `<path>.bak`.
    /// Returns the new file's stamp.
    @discardableResult
    static func write(_ bytes: [UInt8], to path: String, keepBackup: Bool = true) throws(StoreError) -> FileStamp {
        let folder = Self.folder(of: path)
        let temporary = path + ".tmp-\(getpid())"
        let fd = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        if fd < 0 { throw .notWritable(path: folder, reason: Self.reason(errno)) }
        var stamp: FileStamp
        do {
            var done = 0
            while done < bytes.count {
                let n = bytes.withUnsafeBytes { buffer in
                    Glibc.write(fd, buffer.baseAddress! + done, bytes.count - done)
                }
                if n < 0 {
                    if errno == EINTR { continue }
                    throw StoreError.notWritable(path: temporary, reason: Self.reason(errno))
                }
                done += n
            }
            guard fsync(fd) == 0 else { throw StoreError.notWritable(path: temporary, reason: Self.reason(errno)) }
            var info = stat()
            guard fstat(fd, &info) == 0 else { throw StoreError.notWritable(path: temporary, reason: Self.reason(errno)) }
            stamp = FileStamp(info)
            close(fd)
        } catch let error as StoreError {
            close(fd)
            unlink(temporary)
            throw error
        } catch {
            fatalError("unreachable")
        }
        if keepBackup, access(path, F_OK) == 0 {
            // Link the current version to the backup name, then rename over the old backup: the backup is
            // replaced atomically and the current file is never missing.
            let backupTemporary = path + ".bak-tmp-\(getpid())"
            unlink(backupTemporary)
            if link(path, backupTemporary) != 0 || rename(backupTemporary, path + ".bak") != 0 {
                let code = errno
                unlink(backupTemporary)
                unlink(temporary)
                throw .notWritable(path: path + ".bak", reason: Self.reason(code))
            }
        }
        guard rename(temporary, path) == 0 else {
            let code = errno
            unlink(temporary)
            throw .notWritable(path: path, reason: Self.reason(code))
        }
        try syncFolder(folder)
        return stamp
    }

    /// Overwrites a cache file in place, without fsync or rename (renaming over a file makes ext4 flush it,
    /// which costs as much as an fsync). A crash or a concurrent reader may see it stale, torn or empty, which
    /// its reader tolerates. Failures are ignored: a cache is never worth failing a save for.
    static func writeCache(_ bytes: [UInt8], to path: String) {
        let fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return }
        defer { close(fd) }
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { buffer in pwrite(fd, buffer.baseAddress! + done, bytes.count - done, off_t(done)) }
            if n < 0, errno == EINTR { continue }
            if n <= 0 { return }
            done += n
        }
        _ = ftruncate(fd, off_t(bytes.count))
    }

    /// Appends bytes to an existing file and fsyncs it, first cutting off anything after `validLength` (a write
    /// torn by a crash). Returns the file's new stamp.
    static func append(_ bytes: [UInt8], to path: String, validLength: Int) throws(StoreError) -> FileStamp {
        let fd = open(path, O_WRONLY | O_APPEND | O_CLOEXEC)
        if fd < 0 { throw .notWritable(path: path, reason: Self.reason(errno)) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .notWritable(path: path, reason: Self.reason(errno)) }
        if Int(info.st_size) != validLength, ftruncate(fd, off_t(validLength)) != 0 {
            throw .notWritable(path: path, reason: Self.reason(errno))
        }
        var done = 0
        while done < bytes.count {
            let n = bytes.withUnsafeBytes { buffer in Glibc.write(fd, buffer.baseAddress! + done, bytes.count - done) }
            if n < 0 {
                if errno == EINTR { continue }
                let code = errno
                _ = ftruncate(fd, off_t(validLength))
                throw .notWritable(path: path, reason: Self.reason(code))
            }
            done += n
        }
        guard fsync(fd) == 0 else { throw .notWritable(path: path, reason: Self.reason(errno)) }
        guard fstat(fd, &info) == 0 else { throw .notWritable(path: path, reason: Self.reason(errno)) }
        return FileStamp(info)
    }

    /// Fsyncs a folder so that a rename in it is durable.
    static func syncFolder(_ folder: String) throws(StoreError) {
        let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw .notWritable(path: folder, reason: Self.reason(errno)) }
        defer { close(fd) }
        // Some file systems refuse fsync on folders (EINVAL); the rename is then as durable as they allow.
        if fsync(fd) != 0, errno != EINVAL { throw .notWritable(path: folder, reason: Self.reason(errno)) }
    }

    /// Creates a folder (and its parents) readable by the owner only, if it does not exist.
    static func makeFolder(_ path: String) throws(StoreError) {
        var info = stat()
        if stat(path, &info) == 0 {
            guard (info.st_mode & S_IFMT) == S_IFDIR else { throw .notWritable(path: path, reason: "it is not a folder") }
            return
        }
        let parent = folder(of: path)
        if parent != path, !parent.isEmpty { try makeFolder(parent) }
        if mkdir(path, 0o700) != 0, errno != EEXIST { throw .notWritable(path: path, reason: Self.reason(errno)) }
    }

    /// The folder part of a path.
    static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        if slash == path.startIndex { return "/" }
        return String(path[..<slash])
    }

    /// Whether a file exists at the path.
    static func exists(_ path: String) -> Bool { access(path, F_OK) == 0 }

    /// A readable reason for an errno value.
    static func reason(_ code: Int32) -> String {
        switch code {
        case EACCES, EPERM: "permission denied"
        case EROFS: "the file system is read-only"
        case ENOSPC: "no space left on the device"
        case EDQUOT: "the disk quota is exhausted"
        case ENOENT: "no such file or folder"
        case ENOTDIR: "a part of the path is not a folder"
        case EISDIR: "it is a folder"
        default: String(cString: strerror(code))
        }
    }
}
