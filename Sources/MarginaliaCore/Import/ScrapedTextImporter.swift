/// Imports pages saved as plain text from blogs and news sites (like `seeds/`) as articles.
///
/// The rules (what is title, body, comment, furniture) are described in Docs/formats.md; the furniture
/// rules live in `SiteFurniture`. Import is one pass over the bytes plus one over the lines, so it is
/// linear in the file size.
public struct ScrapedTextImporter: Sendable {
    /// Creates an importer.
    public init() {}

    /// Imports the file at `path`.
    ///
    /// Large files are memory-mapped (private, copy-on-write) instead of read: the page cache's pages are
    /// used in place, which saves copying and zero-filling a buffer as large as the file.
    public func importArticle(atPath path: String) throws(ImportError) -> Article {
        if let mapped = try FileReader.map(path) {
            defer { mapped.unmap() }
            return try importBuffer(mapped.buffer, name: path, sourcePath: path)
        }
        var bytes = try FileReader.read(path)
        return try importArticle(consuming: &bytes, name: path, sourcePath: path)
    }

    /// Imports a page from its bytes; `sourcePath` names it in errors and is kept on the article.
    public func importArticle(bytes: [UInt8], sourcePath: String?) throws(ImportError) -> Article {
        var bytes = bytes
        return try importArticle(consuming: &bytes, name: sourcePath ?? "<input>", sourcePath: sourcePath)
    }

    /// Imports from an array this importer may clean in place.
    private func importArticle(consuming bytes: inout [UInt8], name: String, sourcePath: String?) throws(ImportError) -> Article {
        let result = bytes.withUnsafeMutableBufferPointer { buffer in
            Result { () throws(ImportError) -> Article in try importBuffer(buffer, name: name, sourcePath: sourcePath) }
        }
        return try result.get()
    }

    /// Imports from a buffer it may clean in place. The buffer is only read until the blocks hold their
    /// text, so the caller can release it as soon as this returns.
    private func importBuffer(_ buffer: UnsafeMutableBufferPointer<UInt8>, name: String, sourcePath: String?) throws(ImportError) -> Article {
        if let kind = BinarySniffer.binaryKind(UnsafeBufferPointer(buffer)) {
            throw .binary(path: name, kind: kind)
        }
        var report = ByteSanitizer.Report()
        let length = ByteSanitizer.clean(buffer, report: &report)
        let cleaned = UnsafeBufferPointer(rebasing: buffer[..<length])
        let page: ScrapedTextParser.Result
        if report.invalidSequences > 0 {
            page = ByteSanitizer.withReplacements(cleaned, count: report.invalidSequences)
                .withUnsafeBufferPointer(ScrapedTextParser.parse)
        } else {
            page = ScrapedTextParser.parse(cleaned)
        }
        guard let title = page.title else { throw .empty(path: name) }
        let comments = DraftComment.buildTrees(page.drafts, roots: page.roots)
        return Article(
            id: ArticleIdentity.baseID(title: title, url: page.url),
            title: title,
            byline: page.byline,
            site: page.url.flatMap(Self.siteName),
            url: page.url,
            date: page.date,
            body: page.body,
            comments: comments,
            related: page.related,
            warnings: report.warnings + page.warnings,
            sourcePath: sourcePath
        )
    }

    /// The site of a page URL: its host without `www.` (`https://www.example.org/a` → `example.org`).
    static func siteName(_ url: String) -> String? {
        guard let normalized = ArticleIdentity.normalizeURL(url) else { return nil }
        let host = normalized.split(separator: "/", maxSplits: 1).first.map(String.init) ?? normalized
        return host.split(separator: "?").first.map(String.init)
    }

    /// Imports the file at `path` with a default importer.
    public static func importArticle(atPath path: String) throws(ImportError) -> Article {
        try ScrapedTextImporter().importArticle(atPath: path)
    }

    /// Imports a page from its bytes with a default importer.
    public static func importArticle(bytes: [UInt8], sourcePath: String?) throws(ImportError) -> Article {
        try ScrapedTextImporter().importArticle(bytes: bytes, sourcePath: sourcePath)
    }
}
