import MarginaliaCore
import MarginaliaUI

/// Hand-made articles for the UI tests (the importer's seeds are used end to end).
enum Fixtures {
    /// Shaped like seed 000: a title, a few paragraphs and a short thread with nested replies.
    static let article = Article(
        id: ArticleID("c0a91f7480b9ba36"),
        title: "At least 3,000 North Korean soldiers now inside Russia, US says",
        byline: "Victor Cha", site: "Example Blog", date: "2024-10-28",
        body: [
            .paragraph("Headline from CNN."),
            Block(.heading, "Analysis"),
            .paragraph(
                "Though the number of troops committed by DPRK will be limited, North Korea has effectively crossed the Rubicon. Europe traditionally has been North Korea’s gateway to the West."),
            Block(.quote, "If they do deploy to fight against Ukraine, they’re fair game."),
            Block(.listItem, "First point of a list that is long enough to wrap onto a second line."),
            .paragraph("Thus, this tactical move by Kim will have long-term consequences for EU-DPRK relations."),
        ],
        comments: [
            Comment(
                id: "c1", author: "Macroduck", date: "October 29, 2024",
                body: [.paragraph("The shift to a bipolar political world may not be accelerating, but effects are piling up.")],
                replies: [
                    Comment(id: "c1a", author: "Barry", body: [.paragraph("Agreed about Korea.")],
                            replies: [Comment(id: "c1a1", author: "Macroduck", body: [.paragraph("Thanks.")])]),
                    Comment(id: "c1b", author: "Anne", body: [.paragraph("Not so sure.")]),
                ]),
            Comment(id: "c2", author: "Pgl", body: [.paragraph("Another top-level comment about Korea.")]),
        ])

    /// Many numbered paragraphs, for scrolling.
    static func long(paragraphs: Int) -> Article {
        Article(
            id: ArticleID("1000000000000000"), title: "Long",
            body: (1...paragraphs).map { .paragraph("Paragraph \($0) has a few words in it, enough to wrap at forty columns.") })
    }

    /// An app state with an article open.
    static func reading(_ article: Article = article, rows: Int = 24, columns: Int = 80, config: ReaderConfig = ReaderConfig()) -> AppState {
        var state = AppState(
            rows: rows, columns: columns, config: config,
            library: LibraryState(items: [LibraryItem(id: article.id.rawValue, title: article.title, commentCount: article.commentCount)]))
        _ = Reducer.reduce(&state, .articleOpened(itemID: article.id.rawValue, article: article, position: nil, annotationCount: 0))
        return state
    }

    /// Sends keys given as a string of characters (each one a `.char` key).
    @discardableResult
    static func type(_ keys: String, into state: inout AppState) -> [Effect] {
        var effects: [Effect] = []
        for c in keys { effects += Reducer.reduce(&state, .key(.char(c))) }
        return effects
    }

    /// Sends keys.
    @discardableResult
    static func press(_ keys: Key..., into state: inout AppState) -> [Effect] {
        var effects: [Effect] = []
        for key in keys { effects += Reducer.reduce(&state, .key(key)) }
        return effects
    }

    /// The rendered frame's rows.
    static func lines(_ state: AppState) -> [String] {
        dump(state).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    /// The rendered frame as text.
    static func dump(_ state: AppState) -> String { Renderer.render(state).textDump }
}
