import MarginaliaCore

/// Draws the article or comments document in the reading column, with search matches highlighted.
enum DocumentRenderer {
    static func draw(_ reader: ReaderState, geometry: Geometry, into frame: inout Frame) {
        let document = reader.document
        let width = geometry.columnWidth
        let lines = document.visibleLines(from: reader.top, count: geometry.bodyRows, columnWidth: width)
        let selectedID = reader.view == .comments ? reader.comments.selected.map { reader.comments.tree.nodes[$0].comment.id } : nil
        var matchCache: [Int: [Range<Int>]] = [:]
        var painters: [Int: AnnotationPainter?] = [:]
        for (row, entry) in lines.enumerated() {
            let segment = document.segments[entry.segment]
            let line = entry.line
            if line.isSpacer { continue }
            var matches: [Range<Int>] = []
            if let search = reader.search {
                if let cached = matchCache[entry.segment] {
                    matches = cached
                } else {
                    matches = search.pattern.matches(in: segment.text)
                    matchCache[entry.segment] = matches
                }
            }
            let current = reader.search?.current.flatMap { $0.source == segment.source ? $0.range : nil }
            var column = geometry.left + segment.indent
            let limit = geometry.left + width
            let prefix = line.isFirst ? segment.firstPrefix : segment.continuationPrefix
            if !prefix.isEmpty { column = frame.write(prefix, row: row, column: column, style: .quote, limit: limit) }
            let base = baseStyle(segment.kind)
            if painters[entry.segment] == nil {
                painters[entry.segment] = .some(AnnotationPainter(source: segment.source, annotating: reader.annotating))
            }
            let painter = painters[entry.segment] ?? nil
            // A note ending on this line is marked in the margin left of the reading column.
            if let painter, geometry.left > 0,
               painter.noteEnds.contains(where: { $0 > line.start && $0 <= line.end }) {
                frame.put("✎", width: 1, row: row, column: geometry.left - 1, style: .noteMark)
            }
            let authorEnd = segment.kind == .commentHeader ? authorLength(segment, tree: reader.comments.tree) : 0
            let headerStyle: TextStyle = segment.commentID == selectedID ? .selectedAuthor : .author
            let textStart = column
            var offset = line.start
            var index = line.startIndex
            let text = segment.text
            while index < line.endIndex {
                let character = text[index]
                let scalars = character.unicodeScalars.count
                var style = base
                if segment.kind == .commentHeader && offset < authorEnd { style = headerStyle }
                if let painter, !painter.isEmpty { style = painter.style(at: offset, base: style) }
                if !matches.isEmpty, matches.contains(where: { $0.overlaps(offset..<(offset + scalars)) }) {
                    style = current.map { $0.overlaps(offset..<(offset + scalars)) } == true ? .currentMatch : .match
                }
                if character == "\t" {
                    let spaces = LineBreaker.tabWidth - (column - textStart) % LineBreaker.tabWidth
                    for _ in 0..<spaces where column < limit {
                        column = frame.put(" ", width: 1, row: row, column: column, style: style)
                    }
                } else if !character.isNewline {
                    let glyph = Sanitizer.glyph(for: character)
                    if glyph.width > 0 {
                        if column + glyph.width > limit { break }
                        column = frame.put(glyph.text, width: glyph.width, row: row, column: column, style: style)
                    }
                }
                offset += scalars
                index = text.index(after: index)
            }
        }
    }

    static func baseStyle(_ kind: SegmentKind) -> TextStyle {
        switch kind {
        case .title: .title
        case .meta: .meta
        case .heading: .heading
        case .quote: .quote
        case .commentHeader: .meta
        case .paragraph, .listItem: .normal
        }
    }

    /// The scalar length of the author at the start of a comment header.
    static func authorLength(_ segment: Segment, tree: CommentTree) -> Int {
        guard let id = segment.commentID, let node = tree.index(of: id) else { return 0 }
        let author = tree.nodes[node].comment.author
        return author.isEmpty ? "(anonymous)".unicodeScalars.count : author.unicodeScalars.count
    }
}
