/// Lays an article out as plain text wrapped to a width: title, metadata, body, related links, then the
/// comment tree indented by depth with authors and dates. Used by `margin show` and plain-text export.
public enum ArticlePlainText {
    /// Columns of indentation per comment depth.
    public static let indentPerDepth = 4

    /// The article as lines of at most `width` columns (the indentation of deep replies is capped so the
    /// text keeps at least 20 columns).
    public static func lines(_ article: Article, width: Int) -> [String] {
        let width = max(20, width)
        var out: [String] = []
        out += TextWrapper.wrap(article.title, width: width)
        out.append(String(repeating: "=", count: min(width, max(1, DisplayWidth.of(article.title)))))
        var meta: [String] = []
        if let byline = article.byline { meta.append("By \(byline)") }
        if let date = article.date { meta.append(date) }
        if let site = article.site { meta.append(site) }
        if !meta.isEmpty { out += TextWrapper.wrap(meta.joined(separator: " · "), width: width) }
        if let url = article.url { out += TextWrapper.wrap(url, width: width) }
        out.append("")
        appendBlocks(article.body, indent: 0, width: width, into: &out)
        if !article.related.isEmpty {
            out.append("")
            for link in article.related {
                out += TextWrapper.wrap("\(label(link.relation)): \(link.title)", width: width)
            }
        }
        if !article.comments.isEmpty {
            out.append("")
            let count = article.commentCount
            out.append("\(count) comment\(count == 1 ? "" : "s")")
            out.append(String(repeating: "-", count: min(width, 20)))
            for (comment, depth) in article.flattenedComments {
                let indent = min(depth * indentPerDepth, width - 20)
                let pad = String(repeating: " ", count: indent)
                out.append("")
                let header = comment.author + (comment.date.map { " · \($0)" } ?? "") + "  [\(comment.id)]"
                out += TextWrapper.wrap(header, width: width - indent).map { pad + $0 }
                appendBlocks(comment.body, indent: indent + 2, width: width, into: &out)
            }
        }
        return out
    }

    private static func label(_ relation: String) -> String {
        switch relation {
        case "previous": "Previous"
        case "next": "Next"
        default: "Related"
        }
    }

    private static func appendBlocks(_ blocks: [Block], indent: Int, width: Int, into out: inout [String]) {
        let pad = String(repeating: " ", count: indent)
        for (index, block) in blocks.enumerated() {
            // Consecutive list items stay together, as a list does on a page.
            if index > 0 && !(block.kind == .listItem && blocks[index - 1].kind == .listItem) { out.append("") }
            let prefix: String
            switch block.kind {
            case .paragraph: prefix = ""
            case .heading: prefix = "# "
            case .quote: prefix = "> "
            case .listItem: prefix = "• "
            }
            let hanging = String(repeating: " ", count: DisplayWidth.of(prefix))
            let wrapped = TextWrapper.wrap(block.text, width: width - indent - hanging.count)
            for (lineIndex, line) in wrapped.enumerated() {
                out.append(pad + (lineIndex == 0 ? prefix : hanging) + line)
            }
        }
    }
}
