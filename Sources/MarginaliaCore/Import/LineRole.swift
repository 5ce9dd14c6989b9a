/// What a line of a scraped page is, as far as the importer's furniture rules can tell.
enum LineRole: Equatable, Sendable {
    /// Article or comment text.
    case text
    /// Site furniture dropped wherever it appears (`Skip to content`, `Like Loading...`).
    case drop
    /// The comment form and its fields (`Leave a Reply`, `Your email address will not be published…`).
    case commentForm
    /// A comment section header such as `12 thoughts on “…”`, with the count it announces if it gives one.
    case commentHeader(count: Int?)
    /// Jetpack's `Share this:` block start; the share buttons that follow are dropped.
    case shareBlock
    /// Jetpack's `Like this:` block start; the like widget lines that follow are dropped.
    case likeBlock
    /// A `Related` block start; the entries that follow become related links.
    case relatedBlock
    /// A navigation label whose title follows on a later line (`Previous`, `Next Post`).
    case navigation(relation: String)
    /// A navigation label with the title on the same line (`Previous Post: Title`).
    case inlineNavigation(relation: String, title: String)
    /// A comment's `Reply` link.
    case reply
}
