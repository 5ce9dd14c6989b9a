/// Keys in the article and comments views: scrolling, search, switching views, going back.
enum ReaderReducer {
    static func run(_ command: Command, in state: inout AppState) -> [Effect] {
        guard var reader = state.reader else { return [] }
        let geometry = state.geometry
        let height = geometry.bodyRows
        let width = geometry.columnWidth
        let document = reader.document
        func scroll(_ lines: Int) {
            reader.top = document.scroll(reader.top, by: lines, height: height, columnWidth: width)
        }
        switch command {
        case .lineDown: scroll(1)
        case .lineUp: scroll(-1)
        case .pageDown: scroll(max(1, height - 1))
        case .pageUp: scroll(-max(1, height - 1))
        case .halfPageDown: scroll(max(1, height / 2))
        case .halfPageUp: scroll(-max(1, height / 2))
        case .top: reader.top = .start
        case .bottom: reader.top = document.maximumTop(height: height, columnWidth: width)
        case .toggleView:
            reader.view = reader.view == .article ? .comments : .article
            reader.annotating.selection = nil
            state.reader = reader
            CursorPlacement.followScreen(in: &state)
            return []
        case .search:
            state.prompt = Prompt(kind: .search, origin: reader.top, previousSearch: reader.search)
            return []
        case .searchNext, .searchPrevious:
            state.reader = reader
            repeatSearch(forward: command == .searchNext, in: &state)
            return []
        case .clear:
            reader.search = nil
        case .back:
            state.reader = reader
            // Opened on one file, there is no library to go back to: q quits, as in a pager.
            if state.singleArticle { return Reducer.run(.quit, in: &state) }
            let effects = Reducer.saveEffects(&state)
            state.screen = .library
            return effects
        default:
            state.reader = reader
            if reader.view == .comments {
                CommentsReducer.run(command, in: &state)
                CursorPlacement.followScreen(in: &state)
            }
            return []
        }
        state.reader = reader
        if reader.view == .comments, command != .clear { CommentsReducer.followScroll(in: &state) }
        let upward = [.lineUp, .pageUp, .halfPageUp, .top].contains(command)
        if command != .clear { CursorPlacement.followScreen(in: &state, upward: upward) }
        return []
    }

    /// Commands that run on the first part of a long file: scrolling, help, leaving.
    static func runsOnFirstPart(_ command: Command) -> Bool {
        switch command {
        case .lineDown, .lineUp, .pageDown, .pageUp, .halfPageDown, .halfPageUp, .top, .help, .back, .quit, .clear:
            return true
        default:
            return false
        }
    }

    /// Whether a command needs the whole article: anything but scrolling, help and leaving, and scrolling
    /// to within two screens of the end of the part read so far.
    static func needsWholeArticle(_ command: Command, _ state: AppState) -> Bool {
        guard runsOnFirstPart(command) else { return true }
        switch command {
        case .lineDown, .pageDown, .halfPageDown:
            guard let reader = state.reader else { return false }
            let geometry = state.geometry
            let document = reader.articleDocument
            let limit = document.maximumTop(height: geometry.bodyRows * 2, columnWidth: geometry.columnWidth)
            return document.normalized(reader.articleTop, columnWidth: geometry.columnWidth) >= limit
        default: return false
        }
    }

    /// Reading progress of the article view: 100 when its last line is on screen.
    static func percent(_ state: AppState) -> Int {
        guard let reader = state.reader else { return 0 }
        if reader.isPartial { return 0 }
        let geometry = state.geometry
        let document = reader.articleDocument
        let last = document.lastLine(columnWidth: geometry.columnWidth)
        let lines = document.visibleLines(from: reader.articleTop, count: geometry.bodyRows, columnWidth: geometry.columnWidth)
        if let end = lines.last, Anchor(segment: end.segment, offset: end.line.start) >= last { return 100 }
        return document.percent(at: reader.articleTop)
    }

    // MARK: Search

    /// Searches from an anchor of the view shown (incremental search calls this on every key).
    static func search(_ text: String, from origin: Anchor, in state: inout AppState) {
        guard var reader = state.reader else { return }
        guard let pattern = SearchPattern(text) else {
            reader.search = nil
            state.reader = reader
            return
        }
        reader.search = SearchState(pattern: pattern)
        state.reader = reader
        let (item, offset) = searchStart(for: origin, in: reader)
        if let found = scan(reader).forward(pattern, from: item, offset: offset) {
            show(found.hit, in: &state)
            if found.wrapped { state.message = StatusMessage("Search wrapped to the top") }
        }
    }

    /// n / N: the next or previous match after the current one (or after the top of the screen).
    static func repeatSearch(forward: Bool, in state: inout AppState) {
        guard let reader = state.reader, let search = reader.search else {
            state.message = StatusMessage("No search yet: press / to search", isError: true)
            return
        }
        var item: Int
        var offset: Int
        if let current = search.current, let i = itemIndex(of: current.source, in: reader) {
            item = i
            offset = forward ? current.range.lowerBound + 1 : current.range.lowerBound
        } else {
            (item, offset) = searchStart(for: reader.top, in: reader)
        }
        let scan = scan(reader)
        let found = forward
            ? scan.forward(search.pattern, from: item, offset: offset)
            : scan.backward(search.pattern, from: item, offset: offset)
        guard let found else {
            state.message = StatusMessage("Pattern not found: \(search.pattern.text)", isError: true)
            return
        }
        show(found.hit, in: &state)
        if found.wrapped {
            state.message = StatusMessage(forward ? "Search wrapped to the top" : "Search wrapped to the bottom")
        }
    }

    /// Makes a hit current and scrolls it into view (opening collapsed comments that hide it).
    static func show(_ hit: SearchHit, in state: inout AppState) {
        guard var reader = state.reader else { return }
        reader.search?.current = hit
        if reader.view == .comments, let id = commentID(of: hit.source), let node = reader.comments.tree.index(of: id) {
            state.reader = reader
            CommentsReducer.reveal(node, in: &state)
            reader = state.reader!
            reader.comments.selected = node
        }
        let geometry = state.geometry
        let document = reader.document
        if let segment = document.segmentIndex(for: hit.source) {
            let anchor = document.normalized(Anchor(segment: segment, offset: hit.range.lowerBound), columnWidth: geometry.columnWidth)
            reader.top = scrolledToShow(anchor, top: reader.top, document: document, geometry: geometry)
        }
        state.reader = reader
    }

    /// A top of screen that shows `anchor`: unchanged if it is already shown, else with it on the top line.
    static func scrolledToShow(_ anchor: Anchor, top: Anchor, document: Document, geometry: Geometry) -> Anchor {
        let width = geometry.columnWidth
        let lines = document.visibleLines(from: top, count: geometry.bodyRows, columnWidth: width)
        if let first = lines.first, let last = lines.last {
            let from = Anchor(segment: first.segment, offset: first.line.start)
            let to = Anchor(segment: last.segment, offset: last.line.start)
            if anchor >= from && anchor <= to { return top }
        }
        return min(anchor, document.maximumTop(height: geometry.bodyRows, columnWidth: width))
    }

    static func commentID(of source: SegmentSource) -> String? {
        switch source {
        case .commentHeader(let id): id
        case .block(.comment(let id), _): id
        default: nil
        }
    }

    /// The texts searched in the view shown.
    static func scan(_ reader: ReaderState) -> SearchScan {
        if reader.view == .comments { return reader.comments.searchScan }
        let segments = reader.articleDocument.segments
        return SearchScan(count: segments.count) { (segments[$0].source, segments[$0].text) }
    }

    static func itemIndex(of source: SegmentSource, in reader: ReaderState) -> Int? {
        reader.view == .comments
            ? reader.comments.searchItemIndex(of: source) : reader.articleDocument.segmentIndex(for: source)
    }

    /// The search item and offset where a search from a top of screen begins.
    static func searchStart(for anchor: Anchor, in reader: ReaderState) -> (item: Int, offset: Int) {
        let document = reader.document
        guard document.segments.indices.contains(anchor.segment) else { return (0, 0) }
        let source = document.segments[anchor.segment].source
        guard let item = itemIndex(of: source, in: reader) else { return (0, 0) }
        if anchor.offset == Line.spacerOffset { return (item + 1, 0) }
        return (item, anchor.offset)
    }
}
