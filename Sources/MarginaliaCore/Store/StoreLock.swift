#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive lock on the store (flock on `<data>/.lock`), held while a change re-reads, applies and saves,
/// so that concurrent `margin` processes never lose each other's changes.
final class StoreLock {
    let path: String
    private var fd: Int32 = -1
    private var depth = 0

    init(path: String) {
        self.path = path
    }

    deinit {
        if fd >= 0 { close(fd) }
    }

    /// Runs `body` holding the lock; nested calls share the outer lock.
    func withLock<T>(_ body: () throws -> T) throws -> T {
        if depth == 0 {
            let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
            guard descriptor >= 0 else {
                throw StoreError.notWritable(path: AtomicFile.folder(of: path), reason: AtomicFile.reason(errno))
            }
            while flock(descriptor, LOCK_EX) != 0 {
                if errno == EINTR { continue }
                let code = errno
                close(descriptor)
                throw StoreError.notWritable(path: path, reason: "cannot lock: " + AtomicFile.reason(code))
            }
            fd = descriptor
        }
        depth += 1
        defer {
            depth -= 1
            if depth == 0 {
                flock(fd, LOCK_UN)
                close(fd)
                fd = -1
            }
        }
        return try body()
    }
}
