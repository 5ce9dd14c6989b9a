import MarginaliaCore

/// Builds the document shown in the article view: title, byline / site / date, then the body blocks.
public enum ArticleSegments {
    /// The article as segments: body block `i` is `SegmentSource.block(.body, i)`.
    public static func make(_ article: Article) -> Document {
        var segments: [Segment] = []
        segments.reserveCapacity(article.body.count + 2)
        let meta = [article.byline, article.site, article.date].compactMap { $0 }.filter { !$0.isEmpty }
        segments.append(Segment(kind: .title, text: article.title, source: .title, spaceAfter: meta.isEmpty))
        if !meta.isEmpty {
            segments.append(Segment(kind: .meta, text: meta.joined(separator: " · "), source: .meta))
        }
        for (i, block) in article.body.enumerated() {
            segments.append(Segment(kind: kind(of: block.kind), text: block.text, source: .block(.body, i)))
        }
        return Document(segments: segments)
    }

    /// The segment kind for a block kind.
    static func kind(of kind: BlockKind) -> SegmentKind {
        switch kind {
        case .paragraph: .paragraph
        case .heading: .heading
        case .quote: .quote
        case .listItem: .listItem
        }
    }
}
