import ArgumentParser
import MarginaliaCore

/// `margin annotate`: tags a passage of an article, found by quoting it; prints the new annotation's id.
struct AnnotateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annotate",
        abstract: "Annotate a passage, given by its exact text; prints the new annotation's id.",
        discussion: """
            The quote must occur in the article body (or in the comment given with --comment) exactly as \
            `margin show` prints it. If it occurs several times, --occurrence N picks the N-th (the error \
            lists them). A range that would split a character (a combining accent, an emoji sequence) is \
            widened to whole characters.
            """
    )

    @Argument(help: "The article: a file, id, id prefix, file-name prefix or title substring.", completion: ArticleCompletion.kind)
    var article: String

    @Option(help: "The exact text of the passage.")
    var quote: String

    @Option(help: "Which occurrence of the quote to annotate (1 = first), when it occurs more than once.")
    var occurrence: Int?

    @Option(help: ArgumentHelp("Annotate in this comment instead of the article body.", valueName: "comment-id"))
    var comment: String?

    @Option(name: .customLong("tag"), help: "A tag for the passage, by name (repeatable).", completion: TagCompletion.kind)
    var tags: [String] = []

    @Option(help: "A note on the passage.")
    var note: String?

    @OptionGroup var libraryOptions: LibraryOptions
    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
        if quote.isEmpty { throw ValidationError("--quote must not be empty") }
        if let occurrence, occurrence < 1 { throw ValidationError("--occurrence counts from 1") }
        if tags.isEmpty && note == nil { throw ValidationError("give at least one --tag or a --note") }
    }

    func run() throws {
        let store = try storeOptions.store()
        let found = try libraryOptions.lookup.find(article, store: store)
        try store.open(found)
        let part = comment.map(PartID.comment) ?? .body
        guard let blocks = found.blocks(of: part) else {
            throw AnnotateError.noSuchComment(comment ?? "", article: found.title, ids: found.flattenedComments.map(\.comment.id))
        }
        let tagSet = try store.tags()
        var tagIDs: [TagID] = []
        for name in tags {
            guard let tag = tagSet.tag(named: name) else { throw TagError.unknownName(name) }
            if !tagIDs.contains(tag.id) { tagIDs.append(tag.id) }
        }
        let occurrences = QuoteSearch.occurrences(of: quote, in: blocks)
        let title = found.title.hasPrefix("“") || found.title.hasPrefix("\"") ? found.title : "“\(found.title)”"
        let place = part == .body ? "the body of \(title)" : "comment \(part) of \(title)"
        guard !occurrences.isEmpty else { throw AnnotateError.quoteNotFound(quote, in: place) }
        let chosen: QuoteSearch.Occurrence
        if let occurrence {
            guard occurrence <= occurrences.count else {
                throw AnnotateError.noSuchOccurrence(occurrence, count: occurrences.count, quote: quote, in: place)
            }
            chosen = occurrences[occurrence - 1]
        } else {
            guard occurrences.count == 1 else {
                throw AnnotateError.ambiguousQuote(quote, in: place, occurrences: Self.describe(occurrences, blocks: blocks))
            }
            chosen = occurrences[0]
        }
        let selector = try TextSelector(text: CanonicalText.of(blocks), range: chosen.range)
        let annotation = Annotation(articleID: found.id, part: part, selector: selector, tagIDs: tagIDs, note: note)
        try store.add(annotation)
        Console.write(annotation.id.uuidString.lowercased() + "\n")
    }

    /// One line per occurrence: its number, block and offset, and the text around it.
    static func describe(_ occurrences: [QuoteSearch.Occurrence], blocks: [Block]) -> [String] {
        let text = ScalarText(CanonicalText.of(blocks))
        return occurrences.prefix(20).enumerated().map { number, occurrence in
            let before = text.string(max(0, occurrence.range.lowerBound - 25)..<occurrence.range.lowerBound)
            let after = text.string(occurrence.range.upperBound..<min(text.count, occurrence.range.upperBound + 25))
            let context = (before + "[" + text.string(occurrence.range) + "]" + after).replacing("\n", with: " ")
            return "\(number + 1): paragraph \(occurrence.block + 1), character \(occurrence.offset + 1): …\(context)…"
        }
    }
}

/// Why `margin annotate` could not place the annotation; a user error (exit 1).
enum AnnotateError: Error, CustomStringConvertible, ExitStatusProviding {
    case quoteNotFound(String, in: String)
    case ambiguousQuote(String, in: String, occurrences: [String])
    case noSuchOccurrence(Int, count: Int, quote: String, in: String)
    case noSuchComment(String, article: String, ids: [String])

    var description: String {
        switch self {
        case .quoteNotFound(let quote, let place):
            "the quote “\(quote)” does not occur in \(place) (it must match the text exactly, as `margin show` prints it)"
        case .ambiguousQuote(let quote, let place, let occurrences):
            (["the quote “\(quote)” occurs \(occurrences.count) times in \(place); pick one with --occurrence N:"]
                + occurrences.map { "  " + $0 }).joined(separator: "\n")
        case .noSuchOccurrence(let n, let count, let quote, let place):
            "--occurrence \(n): the quote “\(quote)” occurs only \(count) time\(count == 1 ? "" : "s") in \(place)"
        case .noSuchComment(let id, let article, let ids):
            "“\(article)” has no comment \(id)" + (ids.isEmpty ? " (it has no comments)" : "; its comments are: " + ids.prefix(30).joined(separator: ", "))
        }
    }

    var exitStatus: ExitStatus { .userError }
}
