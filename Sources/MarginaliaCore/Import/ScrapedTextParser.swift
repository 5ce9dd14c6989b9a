/// Turns the lines of a sanitized scraped page into title, metadata, body blocks, comment drafts and
/// related links. Works on byte offsets; only short lines (furniture candidates) and finished blocks
/// become strings.
struct ScrapedTextParser {
    let bytes: UnsafeBufferPointer<UInt8>
    let lines: [TextLine]
    var index = 0

    var title: String?
    var byline: String?
    var url: String?
    var date: String?
    var body: [Block] = []
    var drafts: [DraftComment] = []
    var roots: [Int] = []
    var related: [RelatedLink] = []
    var warnings: [String] = []

    /// Text lines after the body that fit no section (dropped, reported in one warning).
    var strayLines = 0
    var firstStray: String?
    var bodyEnded = false
    /// Lines looked at while searching for comments' own `Reply` links (tests check it stays linear).
    var replySearchSteps = 0

    var assembler = TextAssembler()
    var lineAssembler = TextAssembler()
    /// The block being assembled: its kind and where it goes (-1 for the body, else a draft index).
    var openBlock: (kind: BlockKind, target: Int)?

    init(bytes: UnsafeBufferPointer<UInt8>, lines: [TextLine]) {
        self.bytes = bytes
        self.lines = lines
    }

    // MARK: Whole page

    /// What the parser found, without the line table (so that can be freed before the tree is built).
    struct Result: Sendable {
        var title: String?
        var byline: String?
        var url: String?
        var date: String?
        var body: [Block]
        var drafts: [DraftComment]
        var roots: [Int]
        var related: [RelatedLink]
        var warnings: [String]
        var lineCount: Int
        var replySearchSteps: Int
    }

    /// Parses the page at `bytes`.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Result {
        var parser = ScrapedTextParser(bytes: bytes, lines: TextLine.scan(bytes))
        parser.parse()
        return Result(
            title: parser.title, byline: parser.byline, url: parser.url, date: parser.date, body: parser.body,
            drafts: parser.drafts, roots: parser.roots, related: parser.related, warnings: parser.warnings,
            lineCount: parser.lines.count, replySearchSteps: parser.replySearchSteps)
    }

    mutating func parse() {
        parseTitle()
        guard title != nil else { return }
        parseLeadMetadata()
        parseRest()
        paragraphBreak()
        if strayLines > 0, let firstStray {
            warnings.append("skipped \(strayLines) line\(strayLines == 1 ? "" : "s") of page furniture after the article, starting “\(firstStray.prefix(60))”")
        }
    }

    mutating func parseTitle() {
        while index < lines.count {
            let line = lines[index]
            index += 1
            if line.isBlank { continue }
            let role = role(of: line)
            if role == .drop { continue }
            var text = lineText(line)
            if let marker = BlockMarker.detect(bytes, line), marker.kind == .heading {
                text = String(decoding: UnsafeBufferPointer(rebasing: bytes[marker.contentStart..<Int(line.end)]), as: UTF8.self)
            }
            title = text
            return
        }
    }

    /// The body, then the sections after it, each started by a line the furniture rules recognise.
    mutating func parseRest() {
        while index < lines.count {
            let line = lines[index]
            if line.isBlank {
                paragraphBreak()
                index += 1
                continue
            }
            let role = role(of: line)
            switch role {
            case .text:
                if !bodyEnded {
                    addLine(line, to: -1)
                } else if !SiteFurniture.commentFormFields.contains(lineText(line).lowercased()) {
                    strayLines += 1
                    if firstStray == nil { firstStray = lineText(line) }
                }
                index += 1
            case .drop, .reply:
                paragraphBreak()
                index += 1
            case .commentForm:
                endBody()
                index += 1
            case .commentHeader(let count):
                endBody()
                index += 1
                parseComments(announced: count, headerIndent: line.indent)
            case .shareBlock:
                endBody()
                index += 1
                skipBlockLines { SiteFurniture.isShareButton($0) }
            case .likeBlock:
                endBody()
                index += 1
                skipBlockLines { SiteFurniture.likeWidgetLines.contains(SiteFurniture.trimmedEllipsis($0)) || SiteFurniture.isLikeCount($0) }
            case .relatedBlock:
                endBody()
                index += 1
                parseRelatedEntries()
            case .navigation(let relation):
                endBody()
                index += 1
                parseNavigationTitle(relation: relation)
            case .inlineNavigation(let relation, let title):
                endBody()
                related.append(RelatedLink(relation: relation, title: title))
                index += 1
            }
        }
    }

    mutating func endBody() {
        paragraphBreak()
        bodyEnded = true
    }

    /// Skips blank lines and lines `isFurniture` accepts (given lowercased).
    mutating func skipBlockLines(_ isFurniture: (String) -> Bool) {
        while index < lines.count {
            let line = lines[index]
            if line.isBlank || (line.length <= SiteFurniture.maximumLength && isFurniture(lineText(line).lowercased())) {
                index += 1
            } else {
                return
            }
        }
    }

    /// After `Previous` / `Next` (possibly repeated, as Squarespace prints it): the linked title.
    mutating func parseNavigationTitle(relation: String) {
        while index < lines.count {
            let line = lines[index]
            if line.isBlank { index += 1; continue }
            let role = role(of: line)
            if case .navigation(let again) = role, again == relation { index += 1; continue }
            guard role == .text else { return }
            related.append(RelatedLink(relation: relation, title: groupText()))
            return
        }
    }

    /// After `Related`: each group of lines is an entry whose first line is the title; category lines
    /// (`In "Politics"`) and dates are not titles.
    mutating func parseRelatedEntries() {
        var inEntry = false
        while index < lines.count {
            let line = lines[index]
            if line.isBlank {
                inEntry = false
                index += 1
                continue
            }
            let role = role(of: line)
            if role == .drop { index += 1; continue }
            guard role == .text else { return }
            let text = lineText(line)
            let isDetail = text.hasPrefix("In \"") || text.hasPrefix("In “") || text.hasPrefix("Similar post")
                || DateText.isDate(text)
            if !inEntry && !isDetail {
                related.append(RelatedLink(relation: "related", title: text))
                inEntry = true
            }
            index += 1
        }
    }

    /// The text of the group of non-blank lines starting at `index`, joined; advances past it.
    mutating func groupText() -> String {
        while index < lines.count, !lines[index].isBlank {
            let line = lines[index]
            assembler.append(bytes, Int(line.start)..<Int(line.end))
            index += 1
        }
        return assembler.take()
    }

    // MARK: Lines and blocks

    /// One line's text, whitespace collapsed.
    mutating func lineText(_ line: TextLine) -> String {
        lineAssembler.append(bytes, Int(line.start)..<Int(line.end))
        return lineAssembler.take()
    }

    /// The furniture role of a line; long lines are text without building a string.
    mutating func role(of line: TextLine) -> LineRole {
        guard SiteFurniture.mightMatch(bytes, start: Int(line.start), end: Int(line.end)) else { return .text }
        return SiteFurniture.role(of: lineText(line))
    }

    /// Ends the block being assembled.
    mutating func paragraphBreak() {
        guard let open = openBlock else { return }
        openBlock = nil
        let text = assembler.take()
        guard !text.isEmpty else { return }
        let block = Block(open.kind, text)
        if open.target < 0 { body.append(block) } else { drafts[open.target].blocks.append(block) }
    }

    /// Adds a line to the body (`target` -1) or a comment, starting blocks where markup shows one.
    mutating func addLine(_ line: TextLine, to target: Int) {
        var start = Int(line.start)
        if let open = openBlock, open.target != target { paragraphBreak() }
        if let marker = BlockMarker.detect(bytes, line) {
            start = marker.contentStart
            if !(marker.kind == .quote && openBlock?.kind == .quote) {
                paragraphBreak()
                openBlock = (marker.kind, target)
            }
            assembler.append(bytes, start..<Int(line.end))
            if marker.kind == .heading { paragraphBreak() }
            return
        }
        if openBlock == nil { openBlock = (.paragraph, target) }
        assembler.append(bytes, start..<Int(line.end))
    }
}
