import MarginaliaCore

/// An article's comment thread flattened in reading order, with the links the comment keys need.
public struct CommentTree: Equatable, Sendable {
    /// One comment and where it sits in the thread.
    public struct Node: Equatable, Sendable {
        /// The comment (its `replies` are also in the tree, after it).
        public var comment: Comment
        /// 0 for a top-level comment.
        public var depth: Int
        /// The parent's index in `nodes`.
        public var parent: Int?
        /// One past the last node of this comment's subtree.
        public var subtreeEnd: Int
    }

    /// All comments, depth first.
    public let nodes: [Node]
    /// Node index by comment id.
    private let indexByID: [String: Int]

    /// Flattens an article's comments.
    public init(_ comments: [Comment]) {
        var nodes: [Node] = []
        func visit(_ comments: [Comment], depth: Int, parent: Int?) {
            for comment in comments {
                let index = nodes.count
                nodes.append(Node(comment: comment, depth: depth, parent: parent, subtreeEnd: index + 1))
                visit(comment.replies, depth: depth + 1, parent: index)
                nodes[index].subtreeEnd = nodes.count
            }
        }
        visit(comments, depth: 0, parent: nil)
        self.nodes = nodes
        var indexByID: [String: Int] = [:]
        for (i, node) in nodes.enumerated() { indexByID[node.comment.id] = i }
        self.indexByID = indexByID
    }

    /// The node index of a comment id.
    public func index(of id: String) -> Int? { indexByID[id] }

    /// Whether a node is shown, given the collapsed comments (a collapsed comment hides its replies).
    public func isVisible(_ index: Int, collapsed: Set<String>) -> Bool {
        var parent = nodes[index].parent
        while let p = parent {
            if collapsed.contains(nodes[p].comment.id) { return false }
            parent = nodes[p].parent
        }
        return true
    }

    /// The visible node indices in order.
    public func visibleIndices(collapsed: Set<String>) -> [Int] {
        var result: [Int] = []
        var i = 0
        while i < nodes.count {
            result.append(i)
            i = collapsed.contains(nodes[i].comment.id) ? nodes[i].subtreeEnd : i + 1
        }
        return result
    }

    /// The next sibling of a node, if any.
    public func nextSibling(of index: Int) -> Int? {
        let end = nodes[index].subtreeEnd
        guard end < nodes.count, nodes[end].parent == nodes[index].parent else { return nil }
        return end
    }

    /// The previous sibling of a node, if any.
    public func previousSibling(of index: Int) -> Int? {
        var i = index - 1
        while i >= 0 {
            if nodes[i].parent == nodes[index].parent { return i }
            if nodes[i].depth < nodes[index].depth { return nil }
            i -= 1
        }
        return nil
    }

    /// The top-level comment a node belongs to.
    public func root(of index: Int) -> Int {
        var i = index
        while let p = nodes[i].parent { i = p }
        return i
    }
}
