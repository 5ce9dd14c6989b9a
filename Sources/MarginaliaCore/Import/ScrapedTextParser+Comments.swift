/// The comment section: numbered, indented entries nested by indentation (WordPress and most blog
/// engines saved as text), or, when the entries carry no numbers, a flat list separated by `Reply` lines.
extension ScrapedTextParser {
    /// An entry still open on the nesting stack.
    struct OpenEntry {
        var draft: Int
        /// Indentation of the entry's number.
        var numberIndent: Int32
        /// Indentation of the entry's body lines.
        var bodyIndent: Int32
        /// The line index of the entry's own `Reply` link, if it has one.
        var replyLine: Int?
        /// Whether lines still go into this entry's body.
        var collecting: Bool
    }

    mutating func parseComments(announced: Int?, headerIndent: Int32) {
        paragraphBreak()
        let before = drafts.count
        var probe = index
        while probe < lines.count, lines[probe].isBlank { probe += 1 }
        if probe < lines.count {
            if numberedEntry(lines[probe]) != nil {
                parseNumberedComments(headerIndent: headerIndent)
            } else if role(of: lines[probe]) == .text {
                parseFlatComments()
            }
        }
        paragraphBreak()
        let found = drafts.count - before
        if let announced, announced != found {
            warnings.append("the comment header announces \(announced) comment\(announced == 1 ? "" : "s") but \(found) \(found == 1 ? "was" : "were") found")
        }
    }

    /// `  3. Author says:` → the offset where the author starts, if the line is a numbered entry.
    func numberedEntry(_ line: TextLine) -> Int? {
        var offset = Int(line.start)
        let end = Int(line.end)
        let digitsStart = offset
        while offset < end, bytes[offset] >= 0x30, bytes[offset] <= 0x39 { offset += 1 }
        guard offset > digitsStart, offset - digitsStart <= 6, offset + 1 < end, bytes[offset] == UInt8(ascii: ".") else {
            return nil
        }
        offset += 1
        guard bytes[offset] == 0x20 || bytes[offset] == 0x09 || bytes[offset] == 0xC2 else { return nil }
        while offset < end, WhitespaceBytes.length(bytes, at: offset) > 0 { offset += WhitespaceBytes.length(bytes, at: offset) }
        return offset < end ? offset : nil
    }

    /// Removes ` says:` / ` said:` after a commenter's name.
    static func cleanAuthor(_ text: String) -> String {
        let lower = SiteFurniture.asciiLowercased(text)
        for suffix in [" says:", " said:", " says", " said"] where lower.hasSuffix(suffix) {
            return String(text.dropLast(suffix.count).trimmingASCIISpaces())
        }
        return text
    }

    mutating func startComment(author: String, parent: Int?) -> Int {
        paragraphBreak()
        let draftIndex = drafts.count
        drafts.append(DraftComment(author: Self.cleanAuthor(author), parent: parent))
        if let parent { drafts[parent].children.append(draftIndex) } else { roots.append(draftIndex) }
        return draftIndex
    }

    /// If the next non-blank line (deeper than `indent`) is a date, takes it as the comment's date.
    mutating func takeDate(for draft: Int, deeperThan indent: Int32) {
        var probe = index
        while probe < lines.count, lines[probe].isBlank { probe += 1 }
        guard probe < lines.count, lines[probe].indent > indent, lines[probe].length <= 60 else { return }
        let text = lineText(lines[probe])
        guard DateText.isDate(text) else { return }
        drafts[draft].date = text
        index = probe + 1
    }

    mutating func parseNumberedComments(headerIndent: Int32) {
        var stack: [OpenEntry] = []
        while index < lines.count {
            let line = lines[index]
            if line.isBlank {
                paragraphBreak()
                index += 1
                continue
            }
            if let authorStart = numberedEntry(line) {
                if let top = stack.last, top.collecting, let reply = top.replyLine, index < reply, line.indent > top.numberIndent {
                    // A numbered list inside the body: the entry's own Reply link is still to come.
                    addLine(line, to: top.draft)
                    index += 1
                    continue
                }
                paragraphBreak()
                while let top = stack.last, top.numberIndent >= line.indent { stack.removeLast() }
                if !stack.isEmpty { stack[stack.count - 1].collecting = false }
                let author = lineText(TextLine(start: Int32(authorStart), end: line.end, indent: 0, lineStart: line.lineStart))
                let draft = startComment(author: author, parent: stack.last?.draft)
                index += 1
                let bodyIndent = nextBodyIndent(after: line.indent)
                let reply = ownReplyLine(numberIndent: line.indent, bodyIndent: bodyIndent, headerIndent: headerIndent)
                takeDate(for: draft, deeperThan: line.indent)
                stack.append(OpenEntry(draft: draft, numberIndent: line.indent, bodyIndent: bodyIndent, replyLine: reply, collecting: true))
                continue
            }
            if line.indent <= headerIndent { return }  // unindented text: the section is over
            switch role(of: line) {
            case .reply:
                paragraphBreak()
                if let owner = stack.lastIndex(where: { $0.replyLine == index }) {
                    stack[owner].collecting = false
                    stack.removeSubrange((owner + 1)...)
                } else if let owner = stack.lastIndex(where: { $0.numberIndent < line.indent }) {
                    stack[owner].collecting = false
                }
                index += 1
            case .drop:
                paragraphBreak()
                index += 1
            case .commentForm:
                return
            default:
                if let top = stack.last, top.collecting {
                    addLine(line, to: top.draft)
                } else {
                    strayLines += 1
                    if firstStray == nil { firstStray = lineText(line) }
                }
                index += 1
            }
        }
    }

    /// Whether a line is a `Reply` link, checked on its first byte before any string is built.
    mutating func isReplyLink(_ line: TextLine) -> Bool {
        let first = bytes[Int(line.start)] | 0x20
        guard first == UInt8(ascii: "r") || first == UInt8(ascii: "l") || bytes[Int(line.start)] == 0xE2 else { return false }
        return role(of: line) == .reply
    }

    /// The indentation of the entry's first body line (or a guess if the entry has no body).
    func nextBodyIndent(after numberIndent: Int32) -> Int32 {
        var probe = index
        while probe < lines.count, lines[probe].isBlank { probe += 1 }
        if probe < lines.count, lines[probe].indent > numberIndent, numberedEntry(lines[probe]) == nil {
            return lines[probe].indent
        }
        return numberIndent + 3
    }

    /// Finds the entry's own `Reply` link: indented deeper than its number and no deeper than its body,
    /// before any sibling, the end of the section, a numbered entry deeper than its body (a reply: a list
    /// in the body is indented like the body), or a reply link of a deeper (child) entry.
    ///
    /// The last two stops keep the scan to the entry's own body and at most its first reply's, so finding
    /// every entry's link is linear in the thread even when no comment has a `Reply` link.
    mutating func ownReplyLine(numberIndent: Int32, bodyIndent: Int32, headerIndent: Int32) -> Int? {
        var probe = index
        while probe < lines.count {
            let line = lines[probe]
            defer { probe += 1 }
            replySearchSteps += 1
            if line.isBlank { continue }
            if line.indent <= headerIndent { return nil }
            if line.indent <= numberIndent || line.indent > bodyIndent, numberedEntry(line) != nil { return nil }
            guard line.length <= 20, isReplyLink(line) else { continue }
            if line.indent > numberIndent && line.indent <= bodyIndent { return probe }
            return nil
        }
        return nil
    }

    /// Comments without numbers: author line, optional date, body, `Reply`; no nesting can be seen.
    mutating func parseFlatComments() {
        var current: Int?
        while index < lines.count {
            let line = lines[index]
            if line.isBlank {
                paragraphBreak()
                index += 1
                continue
            }
            switch role(of: line) {
            case .reply:
                paragraphBreak()
                current = nil
                index += 1
            case .drop:
                paragraphBreak()
                index += 1
            case .text:
                if let current {
                    addLine(line, to: current)
                    index += 1
                } else {
                    let draft = startComment(author: lineText(line), parent: nil)
                    index += 1
                    takeDate(for: draft, deeperThan: -1)
                    current = draft
                }
            default:
                return
            }
        }
    }
}
