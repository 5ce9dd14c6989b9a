/// Tells binary files from text before the importer tries to read them as an article.
enum BinarySniffer {
    /// Known file signatures and their names.
    static let signatures: [(bytes: [UInt8], name: String)] = [
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A], "PNG image"),
        ([0x7F, 0x45, 0x4C, 0x46], "ELF executable"),
        ([0x47, 0x49, 0x46, 0x38], "GIF image"),
        ([0xFF, 0xD8, 0xFF], "JPEG image"),
        ([0x25, 0x50, 0x44, 0x46, 0x2D], "PDF document"),
        ([0x50, 0x4B, 0x03, 0x04], "ZIP archive"),
        ([0x1F, 0x8B], "gzip data"),
        ([0xCF, 0xFA, 0xED, 0xFE], "Mach-O executable"),
        ([0x4D, 0x5A], "Windows executable"),
    ]

    /// What kind of binary the bytes are, or nil if they look like text.
    static func binaryKind(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        for signature in signatures where bytes.count >= signature.bytes.count {
            if signature.name == "Windows executable" && bytes.count < 64 { continue }
            if zip(signature.bytes, bytes).allSatisfy({ $0 == $1 }) { return signature.name }
        }
        // A NUL byte never occurs in text; memchr scans the whole file at memory speed.
        if let base = bytes.baseAddress, bytes.count > 0, memchrNUL(base, bytes.count) { return "contains NUL bytes" }
        // Mostly control bytes in the first 4 KB: binary without a known signature.
        let sample = min(bytes.count, 4096)
        guard sample >= 32 else { return nil }
        var controls = 0
        for index in 0..<sample {
            let byte = bytes[index]
            if byte < 0x20 && byte != 0x0A && byte != 0x0D && byte != 0x09 && byte != 0x1B && byte != 0x0C { controls += 1 }
        }
        return controls * 10 > sample ? "mostly control bytes" : nil
    }
}
