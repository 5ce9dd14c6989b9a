import MarginaliaCore

/// The comments view: the thread, which comments are collapsed, the selected comment and the scroll.
public struct CommentsState: Equatable, Sendable {
    /// The whole thread, flattened.
    public let tree: CommentTree
    /// Ids of comments whose replies are hidden.
    public private(set) var collapsed: Set<String> = []
    /// The selected comment's node index (nil when there are no comments).
    public var selected: Int?
    /// The visible thread as a document (rebuilt when collapsing changes).
    public private(set) var document: Document
    /// The top line of the screen.
    public var top: Anchor = .start

    /// The comments view of a thread, everything expanded, the first comment selected.
    public init(comments: [Comment]) {
        tree = CommentTree(comments)
        selected = tree.nodes.isEmpty ? nil : 0
        document = CommentSegments.make(tree, collapsed: [])
    }

    /// Changes which comments are collapsed and rebuilds the document.
    public mutating func setCollapsed(_ collapsed: Set<String>) {
        self.collapsed = collapsed
        document = CommentSegments.make(tree, collapsed: collapsed)
    }

    /// The search space: every comment (shown or hidden) as its author then its blocks.
    var searchScan: SearchScan {
        let items = searchItems
        return SearchScan(count: items.count) { items[$0] }
    }

    private var searchItems: [(source: SegmentSource, text: String)] {
        var items: [(source: SegmentSource, text: String)] = []
        for node in tree.nodes {
            let comment = node.comment
            items.append((.commentHeader(comment.id), comment.author.isEmpty ? "(anonymous)" : comment.author))
            for (b, block) in comment.body.enumerated() { items.append((.block(.comment(comment.id), b), block.text)) }
        }
        return items
    }

    /// The search item index of a source, for starting a search where the screen is.
    func searchItemIndex(of source: SegmentSource) -> Int? {
        var i = 0
        for node in tree.nodes {
            if source == .commentHeader(node.comment.id) { return i }
            i += 1
            for b in node.comment.body.indices {
                if source == .block(.comment(node.comment.id), b) { return i }
                i += 1
            }
        }
        return nil
    }
}
