#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `file:` URIs for article files (RFC 8089), and percent-encoding, without Foundation's URL.
enum FileURI {
    /// Bytes left as they are in a URI path: unreserved characters, sub-delimiters, `:`, `@` and `/`.
    static let pathSafe: Set<UInt8> = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~!$&'()*+,;=:@/".utf8)
    /// Bytes left as they are in a URI fragment.
    static let fragmentSafe: Set<UInt8> = pathSafe.union("?".utf8)

    /// `file:///absolute/path` for a path; a relative path is made absolute against the current folder.
    static func from(path: String) -> String {
        "file://" + percentEncoded(absolutePath(path), keeping: pathSafe)
    }

    /// The path made absolute against the current folder and normalised (`.`, `..`, repeated slashes).
    static func absolutePath(_ path: String) -> String {
        var absolute = path
        if !absolute.hasPrefix("/") {
            var buffer = [CChar](repeating: 0, count: 4096)
            if getcwd(&buffer, buffer.count) != nil {
                let cwd = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
                absolute = cwd + "/" + path
            }
        }
        return normalized(absolute)
    }

    /// The path a `file:` URI names (`file:///p`, `file://localhost/p`, `file:/p`), or nil for other URIs.
    static func path(of uri: String) -> String? {
        guard uri.lowercased().hasPrefix("file:") else { return nil }
        var rest = Substring(uri.dropFirst(5))
        if let hash = rest.firstIndex(of: "#") { rest = rest[..<hash] }
        if let mark = rest.firstIndex(of: "?") { rest = rest[..<mark] }
        if rest.hasPrefix("//") {
            rest = rest.dropFirst(2)
            let slash = rest.firstIndex(of: "/") ?? rest.endIndex
            let host = rest[..<slash].lowercased()
            guard host.isEmpty || host == "localhost" else { return nil }
            rest = rest[slash...]
        }
        guard rest.hasPrefix("/") else { return nil }
        return percentDecoded(String(rest))
    }

    /// The fragment of a URI (after `#`), percent-decoded, or nil.
    static func fragment(of uri: String) -> String? {
        guard let hash = uri.firstIndex(of: "#") else { return nil }
        return percentDecoded(String(uri[uri.index(after: hash)...]))
    }

    /// Removes `.` segments, resolves `..` and repeated slashes in an absolute path.
    static func normalized(_ path: String) -> String {
        var parts: [Substring] = []
        for part in path.split(separator: "/") {
            if part == "." { continue }
            if part == ".." {
                if !parts.isEmpty { parts.removeLast() }
                continue
            }
            parts.append(part)
        }
        return "/" + parts.joined(separator: "/")
    }

    /// Percent-encodes every UTF-8 byte not in `safe`.
    static func percentEncoded(_ text: String, keeping safe: Set<UInt8>) -> String {
        let hex = Array("0123456789ABCDEF".utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            if safe.contains(byte) { bytes.append(byte) } else { bytes += [UInt8(ascii: "%"), hex[Int(byte >> 4)], hex[Int(byte & 0xF)]] }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Decodes `%XX` escapes (invalid ones are kept as they are).
    static func percentDecoded(_ text: String) -> String {
        guard text.contains("%") else { return text }
        let utf8 = Array(text.utf8)
        var bytes: [UInt8] = []
        var index = 0
        func hexValue(_ c: UInt8) -> UInt8? {
            switch c {
            case 48...57: c - 48
            case 65...70: c - 55
            case 97...102: c - 87
            default: nil
            }
        }
        while index < utf8.count {
            if utf8[index] == UInt8(ascii: "%"), index + 2 < utf8.count,
               let hi = hexValue(utf8[index + 1]), let lo = hexValue(utf8[index + 2]) {
                bytes.append(hi << 4 | lo)
                index += 3
            } else {
                bytes.append(utf8[index])
                index += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
