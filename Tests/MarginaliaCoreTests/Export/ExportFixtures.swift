import Foundation
@testable import MarginaliaCore

/// An article and annotations whose text is hostile to every format: commas, quotes, newlines, Markdown and
/// HTML syntax, Hangul, emoji, passages in nested comments, and an orphan.
enum ExportFixtures {
    static let article = Article(
        id: ArticleID("a1b2c3d4e5f60718"),
        title: "Tricky: \"quotes\", # heading & <b>HTML</b>",
        byline: "Jane, \"JJ\" Doe",
        url: "https://example.org/tricky?x=1",
        body: [
            .paragraph("Plain start, with commas, and \"double quotes\" here."),
            .paragraph("# Not a heading > not a quote - <script>alert(1)</script> `code` **bold** [link](http://x) ---"),
            .paragraph("한국어 문장입니다. 북한 군대 🇰🇵 and a family 👩‍👩‍👧 emoji."),
            .paragraph("Last paragraph."),
        ],
        comments: [
            Comment(id: "c1", author: "Alice <admin>", body: [.paragraph("Top comment, agreeing.")], replies: [
                Comment(id: "c2", author: "Bob \"the builder\"", body: [.paragraph("Reply one deep.")], replies: [
                    Comment(id: "c3", author: "Chloé 김", body: [.paragraph("Nested reply: # hash, `tick`, <i>html</i>.")]),
                ]),
            ]),
        ],
        sourcePath: "/tmp/marginalia-fixtures/tricky.txt")

    static let russia = Tag(
        id: TagID("tag-actors-russia"), name: "actors/russia", color: .red, key: "r",
        description: "Russia as an actor; with, commas \"and quotes\"\n# and a heading line")
    static let actors = Tag(id: TagID("tag-actors"), name: "actors", color: .blue)
    static let hangulTag = Tag(id: TagID("tag-hangul"), name: "한국 정치", color: .green)

    static var tags: TagSet {
        var set = TagSet.defaults
        try! set.add(actors)
        try! set.add(russia)
        try! set.add(hangulTag)
        return set
    }

    static let claim = TagID("default-claim")
    static let evidence = TagID("default-evidence")
    static let created = Date(timeIntervalSince1970: 1_730_538_900)  // 2024-11-02T09:15:00Z

    /// An annotation on the first occurrence of `needle` in a part.
    static func annotation(
        _ needle: String, part: PartID = .body, tags: [TagID] = [], note: String? = nil, id: Int
    ) -> Annotation {
        let text = article.text(of: part)!
        let range = SeedArticles.range(of: needle, in: text)
        let selector = try! TextSelector(text: text, range: range)
        return Annotation(
            id: UUID(uuidString: String(format: "00000000-0000-4000-8000-%012d", id))!, articleID: article.id,
            part: part, selector: selector, tagIDs: tags, note: note, created: created.addingTimeInterval(Double(id)))
    }

    static var annotations: [Annotation] {
        var orphan = Annotation(
            id: UUID(uuidString: "00000000-0000-4000-8000-000000000009")!, articleID: article.id,
            selector: TextSelector(start: 5, end: 21, quote: "vanished passage", prefix: "it was ", suffix: " here"),
            tagIDs: [claim], note: "kept, though its text is gone", created: created, status: .orphaned)
        orphan.modified = created.addingTimeInterval(60)
        var fuzzy = annotation("Last paragraph", tags: [], id: 8)
        fuzzy.status = .fuzzy
        fuzzy.originalQuote = "Last paragraf"
        return [
            annotation("with commas, and \"double quotes\"", tags: [claim], note: """
                Note with, comma and "quote"
                and a second line

                # heading in note
                ---
                > quote in note
                - list item
                1. ordered
                <b>html</b> & `code` *stars* [x](y) #notatag key:: value
                """, id: 1),
            annotation("here.\n\n# Not a heading", tags: [russia.id], id: 2),
            annotation("한국어 문장입니다. 북한 군대 🇰🇵", tags: [claim, russia.id, hangulTag.id], note: "메모 😀, \"인용\"", id: 3),
            annotation("# hash, `tick`, <i>html</i>", part: .comment("c3"), tags: [evidence], note: "in a nested comment", id: 4),
            annotation("Reply one deep", part: .comment("c2"), id: 5),
            annotation("<script>alert(1)</script> `code`", tags: [actors.id], id: 6),
            annotation("👩‍👩‍👧", id: 7),
            fuzzy,
            orphan,
        ]
    }

    static func document(_ annotations: [Annotation] = annotations) -> ExportDocument {
        ExportDocument(
            annotations: annotations, articles: [ExportArticle(article)], tags: tags,
            exported: Date(timeIntervalSince1970: 1_735_689_600))
    }
}
