/// How comment ids are made (see Docs/identity.md): 8 hex digits of SHA-256 over a versioned key of the
/// author, the date and the start of the comment's normalised text; a repeat within one article gets
/// `-2`, `-3`, ... in page order. Stable across re-imports of the same page.
public enum CommentIdentity {
    /// The version tag inside the hashed key; bump it only together with a store migration.
    public static let version = "marginalia-comment-v1"
    /// How many Unicode scalars of the normalised text go into the key.
    public static let textPrefixLength = 160

    /// The base id of a comment (before de-duplication).
    public static func baseID(author: String, date: String?, body: [Block]) -> String {
        var key = version + "\n" + ArticleIdentity.normalize(author) + "\n" + (date.map { ArticleIdentity.normalize($0) } ?? "") + "\n"
        var text = ""
        for block in body {
            let remaining = textPrefixLength - text.unicodeScalars.count
            if remaining <= 1 { break }
            if !text.isEmpty { text += " " }
            // Only the start is normalised: a 100 MB thread must not be normalised in full for its ids.
            text += ArticleIdentity.normalize(block.text, limit: remaining - (text.isEmpty ? 0 : 1))
        }
        key += text
        return String(SHA256.hexDigest(key).prefix(8))
    }

    /// Hands out ids for the comments of one article in page order, suffixing repeats.
    public struct Assigner: Sendable {
        private var seen: [String: Int] = [:]

        /// Creates an assigner for one article.
        public init() {}

        /// The id for the next comment in page order.
        public mutating func assign(author: String, date: String?, body: [Block]) -> String {
            let base = CommentIdentity.baseID(author: author, date: date, body: body)
            let count = (seen[base] ?? 0) + 1
            seen[base] = count
            return count == 1 ? base : "\(base)-\(count)"
        }
    }
}
