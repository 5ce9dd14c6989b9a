import Glibc
import MarginaliaCore

/// Opens long article files the way a pager does: the first part is imported and shown at once, and the
/// reader imports the whole file when it is idle or needs all of it (the end, search, the comments).
enum FirstPart {
    /// Files at least this large open from their first part.
    static let threshold = 4_000_000
    /// How much of the file the first part holds (cut back to the last blank line, so no paragraph is split).
    static let length = 256 * 1024

    /// The article from the file's first part, or nil when the file is small (or unreadable: the full
    /// import then reports the problem).
    static func article(atPath path: String) -> Article? {
        var info = stat()
        guard stat(path, &info) == 0, Int(info.st_size) >= threshold else { return nil }
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var bytes = [UInt8](repeating: 0, count: length)
        let count = bytes.withUnsafeMutableBytes { read(fd, $0.baseAddress, length) }
        guard count > 0 else { return nil }
        bytes.removeSubrange(count...)
        // Cut after the last blank line: the first part then ends between paragraphs.
        var cut = bytes.count - 1
        while cut > 0 && !(bytes[cut] == 0x0A && bytes[cut - 1] == 0x0A) { cut -= 1 }
        guard cut > 0 else { return nil }
        bytes.removeSubrange((cut + 1)...)
        return try? ScrapedTextImporter().importArticle(bytes: bytes, sourcePath: path)
    }
}
