/// Comment-specific keys: collapsing and jumping around the thread.
enum CommentsReducer {
    static func run(_ command: Command, in state: inout AppState) {
        guard let reader = state.reader, let selected = reader.comments.selected else { return }
        let tree = reader.comments.tree
        let visible = tree.visibleIndices(collapsed: reader.comments.collapsed)
        let position = visible.firstIndex(of: selected) ?? 0
        var target: Int?
        var missing = ""
        switch command {
        case .toggleCollapse:
            let id = tree.nodes[selected].comment.id
            guard tree.nodes[selected].comment.replies.count > 0 else {
                state.message = StatusMessage("This comment has no replies")
                return
            }
            var collapsed = reader.comments.collapsed
            if collapsed.contains(id) { collapsed.remove(id) } else { collapsed.insert(id) }
            setCollapsed(collapsed, keeping: selected, in: &state)
            return
        case .collapseAll:
            let all = Set(tree.nodes.filter { !$0.comment.replies.isEmpty }.map(\.comment.id))
            let root = tree.root(of: selected)
            setCollapsed(all, keeping: root, in: &state)
            state.reader!.comments.selected = root
            return
        case .expandAll:
            setCollapsed([], keeping: selected, in: &state)
            return
        case .nextComment:
            target = position + 1 < visible.count ? visible[position + 1] : nil
            missing = "This is the last comment"
        case .previousComment:
            target = position > 0 ? visible[position - 1] : nil
            missing = "This is the first comment"
        case .parentComment:
            target = tree.nodes[selected].parent
            missing = "This is a top-level comment"
        case .nextSibling:
            target = tree.nextSibling(of: selected)
            missing = "No next sibling"
        case .previousSibling:
            target = tree.previousSibling(of: selected)
            missing = "No previous sibling"
        case .nextTopLevel:
            let root = tree.root(of: selected)
            target = tree.nodes[root].subtreeEnd < tree.nodes.count ? tree.nodes[root].subtreeEnd : nil
            missing = "This is the last top-level comment"
        case .previousTopLevel:
            let root = tree.root(of: selected)
            target = root != selected ? root : tree.previousSibling(of: root)
            missing = "This is the first top-level comment"
        default:
            return
        }
        guard let target else {
            state.message = StatusMessage(missing)
            return
        }
        select(target, in: &state)
    }

    /// Selects a comment and scrolls its header into view.
    static func select(_ node: Int, in state: inout AppState) {
        reveal(node, in: &state)
        guard var reader = state.reader else { return }
        reader.comments.selected = node
        let id = reader.comments.tree.nodes[node].comment.id
        let document = reader.comments.document
        if let segment = document.segmentIndex(for: .commentHeader(id)) {
            reader.comments.top = ReaderReducer.scrolledToShow(
                Anchor(segment: segment, offset: 0), top: reader.comments.top, document: document, geometry: state.geometry)
        }
        state.reader = reader
    }

    /// Expands every collapsed ancestor of a node so it is shown.
    static func reveal(_ node: Int, in state: inout AppState) {
        guard let reader = state.reader else { return }
        let tree = reader.comments.tree
        guard !tree.isVisible(node, collapsed: reader.comments.collapsed) else { return }
        var collapsed = reader.comments.collapsed
        var parent = tree.nodes[node].parent
        while let p = parent {
            collapsed.remove(tree.nodes[p].comment.id)
            parent = tree.nodes[p].parent
        }
        setCollapsed(collapsed, keeping: reader.comments.selected ?? node, in: &state)
    }

    /// Rebuilds the thread with new collapsed comments, keeping the top line where it was, or on the kept
    /// comment's header when the old top disappeared.
    static func setCollapsed(_ collapsed: Set<String>, keeping node: Int, in state: inout AppState) {
        guard var reader = state.reader else { return }
        let oldDocument = reader.comments.document
        let oldTop = reader.comments.top
        let topSource = oldDocument.segments.indices.contains(oldTop.segment) ? oldDocument.segments[oldTop.segment].source : nil
        reader.comments.setCollapsed(collapsed)
        let document = reader.comments.document
        let width = state.geometry.columnWidth
        if let topSource, let segment = document.segmentIndex(for: topSource) {
            reader.comments.top = document.normalized(Anchor(segment: segment, offset: oldTop.offset), columnWidth: width)
        } else if let segment = document.segmentIndex(for: .commentHeader(reader.comments.tree.nodes[node].comment.id)) {
            reader.comments.top = Anchor(segment: segment, offset: 0)
        } else {
            reader.comments.top = .start
        }
        state.reader = reader
    }

    /// After scrolling, a selected comment that left the screen gives way to the comment at the top.
    static func followScroll(in state: inout AppState) {
        guard var reader = state.reader, let selected = reader.comments.selected else { return }
        let geometry = state.geometry
        let document = reader.comments.document
        let lines = document.visibleLines(from: reader.comments.top, count: geometry.bodyRows, columnWidth: geometry.columnWidth)
        let shown = Set(lines.compactMap { document.segments[$0.segment].commentID })
        let id = reader.comments.tree.nodes[selected].comment.id
        guard !shown.contains(id), let first = lines.first else { return }
        // Prefer the first comment whose header is on screen, else the one the top line belongs to.
        let header = lines.first { document.segments[$0.segment].kind == .commentHeader }
        if let newID = document.segments[(header ?? first).segment].commentID, let node = reader.comments.tree.index(of: newID) {
            reader.comments.selected = node
        }
        state.reader = reader
    }
}
