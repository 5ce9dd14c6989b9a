/// Imports pages saved as plain text from blogs and news sites (like `seeds/`) as articles.
///
/// The rules (what is title, body, comment, furniture) are described in Docs/formats.md; the furniture
/// rules live in `SiteFurniture`. Import is one pass over the bytes plus one over the lines, so it is
/// linear in the file size.
public struct ScrapedTextImporter: Sendable {
    /// Creates an importer.
    public init() {}

    /// Imports the file at `path`.
    public func importArticle(atPath path: String) throws(ImportError) -> Article {
        var bytes = try FileReader.read(path)
        return try importArticle(consuming: &bytes, name: path, sourcePath: path)
    }

    /// Imports a page from its bytes; `sourcePath` names it in errors and is kept on the article.
    public func importArticle(bytes: [UInt8], sourcePath: String?) throws(ImportError) -> Article {
        var bytes = bytes
        return try importArticle(consuming: &bytes, name: sourcePath ?? "<input>", sourcePath: sourcePath)
    }

    /// Imports from a buffer this importer may clean in place and then empties (so a large file's bytes
    /// are released as soon as the blocks hold its text).
    private func importArticle(consuming bytes: inout [UInt8], name: String, sourcePath: String?) throws(ImportError) -> Article {
        if let kind = bytes.withUnsafeBufferPointer(BinarySniffer.binaryKind) {
            throw .binary(path: name, kind: kind)
        }
        let report = ByteSanitizer.sanitize(&bytes)
        let page = bytes.withUnsafeBufferPointer(ScrapedTextParser.parse)
        bytes = []  // the text now lives in the blocks; release the file's bytes before building the tree
        guard let title = page.title else { throw .empty(path: name) }
        let comments = DraftComment.buildTrees(page.drafts, roots: page.roots)
        return Article(
            id: ArticleIdentity.baseID(title: title, url: page.url),
            title: title,
            byline: page.byline,
            url: page.url,
            date: page.date,
            body: page.body,
            comments: comments,
            related: page.related,
            warnings: report.warnings + page.warnings,
            sourcePath: sourcePath
        )
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
