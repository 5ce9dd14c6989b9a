import MarginaliaCore

/// Builds the document shown in the comments view: each visible comment's header (author, date, hidden
/// replies) followed by its blocks, indented by depth.
public enum CommentSegments {
    /// Depth beyond which replies are not indented further, so deep threads stay readable.
    public static let maximumIndentDepth = 6
    /// Columns of indentation per level.
    public static let indentPerLevel = 2

    /// The visible part of the thread as segments.
    public static func make(_ tree: CommentTree, collapsed: Set<String>) -> Document {
        var segments: [Segment] = []
        for index in tree.visibleIndices(collapsed: collapsed) {
            let node = tree.nodes[index]
            let comment = node.comment
            let indent = min(node.depth, maximumIndentDepth) * indentPerLevel
            segments.append(
                Segment(kind: .commentHeader, text: headerText(node, collapsed: collapsed.contains(comment.id)),
                        source: .commentHeader(comment.id), indent: indent, spaceAfter: false))
            if comment.body.isEmpty {
                segments.append(Segment(kind: .meta, text: "(empty)", source: .note, indent: indent))
            }
            for (b, block) in comment.body.enumerated() {
                segments.append(
                    Segment(kind: ArticleSegments.kind(of: block.kind), text: block.text,
                            source: .block(.comment(comment.id), b), indent: indent))
            }
        }
        if segments.isEmpty {
            segments.append(Segment(kind: .meta, text: "No comments.", source: .note))
        }
        return Document(segments: segments)
    }

    /// The header line: the author first (so search offsets in the author are offsets in the header), then
    /// the date, the depth when it is past the indentation cap, and how many replies a collapse hides.
    public static func headerText(_ node: CommentTree.Node, collapsed: Bool) -> String {
        var text = node.comment.author.isEmpty ? "(anonymous)" : node.comment.author
        if let date = node.comment.date, !date.isEmpty { text += " · " + date }
        if node.depth > maximumIndentDepth { text += " · depth \(node.depth)" }
        let hidden = node.comment.replyCount
        if collapsed && hidden > 0 { text += " [+\(hidden) \(hidden == 1 ? "reply" : "replies") hidden]" }
        return text
    }
}
