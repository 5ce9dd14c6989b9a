#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads a whole file with POSIX calls, mapping each failure to an `ImportError` that names the path.
enum FileReader {
    /// The bytes of the file at `path`.
    static func read(_ path: String) throws(ImportError) -> [UInt8] {
        var info = stat()
        if stat(path, &info) != 0 {
            let code = errno
            if code == ENOENT || code == ENOTDIR { throw .missing(path: path) }
            throw .unreadable(path: path, reason: message(code))
        }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw .directory(path: path) }
        guard info.st_size < Int(Int32.max) else { throw .unreadable(path: path, reason: "larger than 2 GB") }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        if descriptor < 0 { throw .unreadable(path: path, reason: message(errno)) }
        defer { close(descriptor) }
        // Read straight into uninitialised storage: no zero-filling of a 100 MB buffer.
        let expected = max(Int(info.st_size), 0) + 1
        var failure: Int32 = 0
        var bytes = [UInt8](unsafeUninitializedCapacity: expected) { buffer, initialized in
            initialized = readFully(descriptor, into: buffer, failure: &failure)
        }
        // A file that grew while we read it (or reports size 0, like /proc files): read on in chunks.
        while failure == 0 && bytes.count == bytes.capacity {
            let chunk = [UInt8](unsafeUninitializedCapacity: 65536) { buffer, initialized in
                initialized = readFully(descriptor, into: buffer, failure: &failure)
            }
            if chunk.isEmpty { break }
            bytes.append(contentsOf: chunk)
        }
        if failure == EISDIR { throw .directory(path: path) }
        if failure != 0 { throw .unreadable(path: path, reason: message(failure)) }
        return bytes
    }

    /// Files at least this large are memory-mapped rather than read.
    static let mapThreshold = 1 << 20

    /// A private, writable mapping of a file (changes stay in this process), unmapped by `unmap()`.
    struct Mapping {
        /// The file's bytes.
        let buffer: UnsafeMutableBufferPointer<UInt8>

        /// Releases the mapping; the buffer must not be used afterwards.
        func unmap() { munmap(buffer.baseAddress, buffer.count) }
    }

    /// Maps the file at `path` if it is a regular file of at least `mapThreshold` bytes; nil means "read
    /// it instead" (small, special or unmappable files). Missing files and directories throw as `read` does.
    ///
    /// Known limit of mapping: another program truncating the file during the import makes the kernel
    /// stop this process (SIGBUS). Articles are rarely over 1 MB, so ordinary pages are read instead.
    static func map(_ path: String) throws(ImportError) -> Mapping? {
        var info = stat()
        if stat(path, &info) != 0 {
            let code = errno
            if code == ENOENT || code == ENOTDIR { throw .missing(path: path) }
            throw .unreadable(path: path, reason: message(code))
        }
        if (info.st_mode & S_IFMT) == S_IFDIR { throw .directory(path: path) }
        guard (info.st_mode & S_IFMT) == S_IFREG, info.st_size >= mapThreshold, info.st_size < Int(Int32.max) else {
            return nil
        }
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        if descriptor < 0 { throw .unreadable(path: path, reason: message(errno)) }
        defer { close(descriptor) }
        let size = Int(info.st_size)
        guard let address = mmap(nil, size, PROT_READ | PROT_WRITE, MAP_PRIVATE, descriptor, 0), address != MAP_FAILED else {
            return nil
        }
        madvise(address, size, MADV_SEQUENTIAL)
        return Mapping(buffer: UnsafeMutableBufferPointer(start: address.assumingMemoryBound(to: UInt8.self), count: size))
    }

    /// Reads until the buffer is full or the file ends; sets `failure` to errno on an error.
    private static func readFully(_ descriptor: Int32, into buffer: UnsafeMutableBufferPointer<UInt8>, failure: inout Int32) -> Int {
        var total = 0
        while total < buffer.count {
            let count = Glibc.read(descriptor, buffer.baseAddress! + total, buffer.count - total)
            if count < 0 {
                if errno == EINTR { continue }
                failure = errno
                return total
            }
            if count == 0 { break }
            total += count
        }
        return total
    }

    static func message(_ code: Int32) -> String {
        guard let text = strerror(code) else { return "error \(code)" }
        return String(cString: text).lowercased()
    }
}

/// Whether the buffer holds a NUL byte.
func memchrNUL(_ base: UnsafePointer<UInt8>, _ count: Int) -> Bool {
    memchr(base, 0, count) != nil
}
