/// Every rule the scraped-text importer uses to tell site furniture from content, in one place.
///
/// Rules see one line with whitespace collapsed and ends trimmed; they are tried in table order and the
/// first that matches decides the line's role. Lines longer than `maximumLength` bytes are always text,
/// which keeps the importer's fast path from building strings for long paragraphs.
enum SiteFurniture {
    /// A furniture rule: a name for tests and messages, an example line it must match, and the matcher.
    struct Rule: Sendable {
        /// Short name of the rule.
        let name: String
        /// A line the rule matches (tests check every rule against its example).
        let example: String
        /// The role the example gets.
        let role: LineRole
        /// Returns the line's role, or nil if the rule does not apply.
        let match: @Sendable (_ line: String, _ lowercased: String) -> LineRole?
    }

    /// Lines longer than this (in bytes) are never furniture.
    static let maximumLength = 160

    /// The rules, in the order they are tried.
    static let rules: [Rule] = [
        Rule(name: "skip link", example: "Skip to content", role: .drop) { _, lower in
            ["skip to content", "skip to main content", "skip to navigation", "skip to primary navigation"]
                .contains(lower) ? .drop : nil
        },
        Rule(name: "like widget", example: "Like Loading...", role: .drop) { _, lower in
            likeWidgetLines.contains(trimmedEllipsis(lower)) || isLikeCount(lower) ? .drop : nil
        },
        Rule(name: "post navigation heading", example: "Post navigation", role: .drop) { _, lower in
            ["post navigation", "posts navigation", "comment navigation"].contains(lower) ? .drop : nil
        },
        Rule(name: "leave a reply", example: "Leave a Reply", role: .commentForm) { _, lower in
            lower.hasPrefix("leave a reply") || lower.hasPrefix("leave a comment") || lower == "cancel reply"
                || lower.hasPrefix("leave a reply cancel reply") ? .commentForm : nil
        },
        Rule(name: "email notice", example: "Your email address will not be published. Required fields are marked *", role: .commentForm) { _, lower in
            lower.hasPrefix("your email address will not be published") ? .commentForm : nil
        },
        Rule(name: "comment form field", example: "Comment *", role: .commentForm) { _, lower in
            commentFormLines.contains(lower) || lower.hasPrefix("save my name, email, and website")
                || lower.hasPrefix("this site uses akismet") || lower.hasPrefix("notify me of")
                || lower.hasPrefix("you must be logged in to post a comment") ? .commentForm : nil
        },
        Rule(name: "comment header", example: "12 thoughts on “A Title”", role: .commentHeader(count: 12)) { line, lower in
            commentHeaderCount(line: line, lowercased: lower).map { .commentHeader(count: $0) }
        },
        Rule(name: "comments closed", example: "Comments are closed.", role: .commentForm) { _, lower in
            lower == "comments are closed." || lower == "comments are closed" ? .commentForm : nil
        },
        Rule(name: "share block", example: "Share this:", role: .shareBlock) { _, lower in
            lower == "share this:" || lower == "share this" || lower == "share:" ? .shareBlock : nil
        },
        Rule(name: "like block", example: "Like this:", role: .likeBlock) { _, lower in
            lower == "like this:" ? .likeBlock : nil
        },
        Rule(name: "related block", example: "Related", role: .relatedBlock) { _, lower in
            lower == "related" || lower == "related posts" || lower == "related articles" || lower == "related:"
                ? .relatedBlock : nil
        },
        Rule(name: "navigation label", example: "Previous", role: .navigation(relation: "previous")) { _, lower in
            navigationRelation(lower).map { .navigation(relation: $0) }
        },
        Rule(name: "inline navigation", example: "Next Post: Rohingya Refugees", role: .inlineNavigation(relation: "next", title: "Rohingya Refugees")) { line, lower in
            inlineNavigation(line: line, lowercased: lower)
        },
        Rule(name: "reply link", example: "Reply", role: .reply) { _, lower in
            ["reply", "reply ↓", "↓ reply", "log in to reply", "reply →"].contains(lower) ? .reply : nil
        },
    ]

    /// Lines up to this many bytes are always checked against the rules.
    static let shortLength = 40

    /// Lowercase ASCII starts of the furniture lines that can be longer than `shortLength`.
    static let longLinePrefixes: [[UInt8]] = [
        "your email", "save my name", "this site uses", "you must be logged", "notify me", "leave a", "click to",
        "share on", "previous", "next", "skip to", "comments are", "liked by", "older post", "newer post", "← ",
        "« ", "be the first",
    ].map { Array($0.utf8) }

    /// A cheap test on the raw bytes of a line (content only, whitespace trimmed): false means no rule can
    /// match, so the importer need not build a string for it. Long wrapped paragraphs thus stay bytes.
    static func mightMatch(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Bool {
        let length = end - start
        if length <= shortLength { return firstWordMightMatch(bytes, start: start, end: end) }
        if length > maximumLength { return false }
        for prefix in longLinePrefixes where prefix.count <= length {
            var matches = true
            for offset in 0..<prefix.count {
                var byte = bytes[start + offset]
                if byte >= 0x41 && byte <= 0x5A { byte |= 0x20 }
                if byte != prefix[offset] { matches = false; break }
            }
            if matches { return true }
        }
        return mightBeCommentHeader(bytes, start: start, end: end)
    }

    /// Every word a furniture line can start with (ASCII-lowercased, trailing `:` and `.` removed), packed
    /// into 64-bit integers (all are at most 8 bytes), so the check allocates nothing. Lines starting with a
    /// digit or a non-ASCII character are always checked.
    static let firstWords: Set<UInt64> = Set([
        "skip", "like", "liked", "loading", "be", "post", "posts", "comment", "comments", "leave", "cancel", "your",
        "name", "email", "save", "this", "notify", "you", "share", "related", "previous", "prev", "next", "older",
        "newer", "reply", "log", "submit", "no", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve", "<", ">",
    ].map { packWord(Array($0.utf8)[...]) })

    /// Number words packed like `firstWords`.
    static let packedNumberWords: Set<UInt64> = Set(numberWords.keys.map { packWord(Array($0.utf8)[...]) })

    /// Packs up to 8 bytes, ASCII-lowercased, into an integer (nil-free: longer words never match, so
    /// callers check the length first).
    static func packWord<Bytes: Collection>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        var packed: UInt64 = 0
        for byte in bytes.prefix(8) {
            packed = packed << 8 | UInt64(byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte)
        }
        return packed
    }

    /// `mightMatch` for a line given as a string (tests use it to check the filter lets every rule through).
    static func mightMatch(_ line: String) -> Bool {
        var copy = line
        return copy.withUTF8 { mightMatch($0, start: 0, end: $0.count) }
    }

    /// Whether a short line's first word is one a furniture line can start with.
    static func firstWordMightMatch(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Bool {
        guard start < end else { return false }
        let first = bytes[start]
        if first >= 0x80 || (first >= 0x30 && first <= 0x39) { return true }
        var wordEnd = start
        while wordEnd < end, bytes[wordEnd] != 0x20, wordEnd - start <= 9 { wordEnd += 1 }
        while wordEnd > start, bytes[wordEnd - 1] == UInt8(ascii: ":") || bytes[wordEnd - 1] == UInt8(ascii: ".") {
            wordEnd -= 1
        }
        guard wordEnd - start <= 8 else { return false }
        return firstWords.contains(packWord(UnsafeBufferPointer(rebasing: bytes[start..<wordEnd])))
    }

    /// The line with ASCII letters lowercased; the rules' patterns are ASCII (or symbols without case), so
    /// this is all the case-folding they need, and far cheaper than full Unicode lowercasing.
    static func asciiLowercased(_ line: String) -> String {
        guard line.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) else { return line }
        return String(decoding: line.utf8.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    /// Whether the line starts like a comment header: a number (or number word) then a header noun.
    static func mightBeCommentHeader(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Bool {
        var index = start
        while index < end, bytes[index] != 0x20 { index += 1 }
        guard index < end, index - start <= 9 else { return false }
        // The count: digits, or a number word.
        let first = bytes[start]
        if !(first >= 0x30 && first <= 0x39) {
            guard index - start <= 8,
                packedNumberWords.contains(packWord(UnsafeBufferPointer(rebasing: bytes[start..<index])))
            else { return false }
        }
        // The noun starts with one of c(omment), r(esponse, eply), t(hought): letters checked on bytes.
        var next = bytes[index + 1]
        if next >= 0x41 && next <= 0x5A { next |= 0x20 }
        return next == UInt8(ascii: "c") || next == UInt8(ascii: "r") || next == UInt8(ascii: "t")
    }

    /// The role of a line given as collapsed text.
    static func role(of line: String) -> LineRole {
        guard !line.isEmpty, line.utf8.count <= maximumLength else { return .text }
        let lower = asciiLowercased(line)
        for rule in rules {
            if let role = rule.match(line, lower) { return role }
        }
        return .text
    }

    /// Share buttons Jetpack and similar plugins print after `Share this:`.
    static let shareButtons: Set<String> = [
        "twitter", "x", "facebook", "email", "print", "linkedin", "reddit", "tumblr", "pinterest", "pocket",
        "telegram", "whatsapp", "threads", "mastodon", "bluesky", "nextdoor", "more", "share", "skype",
        "mail", "copy link", "tweet",
    ]

    /// Whether a line inside a `Share this:` block is a share button.
    static func isShareButton(_ lower: String) -> Bool {
        shareButtons.contains(lower) || lower.hasPrefix("click to ") || lower.hasPrefix("share on ")
            || lower.contains("(opens in new window)")
    }

    /// Lines of the like widget (also matched outside a `Like this:` block).
    static let likeWidgetLines: Set<String> = [
        "like loading", "like", "loading", "be the first to like this.", "liked by", "like this",
    ]

    /// Whether a line is a like counter such as `3 bloggers like this.` or `Liked by 2 people`.
    static func isLikeCount(_ lower: String) -> Bool {
        ((lower.first?.isNumber == true || lower.hasPrefix("one "))
            && (lower.hasSuffix("like this.") || lower.hasSuffix("likes this."))
            && (lower.contains("blogger") || lower.contains("people") || lower.contains("person")))
            || lower.hasPrefix("liked by ")
    }

    /// Comment form lines that are whole-line matches.
    static let commentFormLines: Set<String> = [
        "comment *", "name *", "email *", "post comment", "δ", "Δ", "submit comment", "cancel reply",
        "comment *name *email *website",
    ]

    /// Bare comment form field labels; too common as words to be furniture in an article body, so they are
    /// dropped only after the body has ended.
    static let commentFormFields: Set<String> = ["comment", "name", "email", "website", "website url", "δ", "Δ"]

    /// Removes a trailing `...` or `…` (the like widget prints either).
    static func trimmedEllipsis(_ lower: String) -> String {
        if lower.hasSuffix("...") { return String(lower.dropLast(3)) }
        if lower.hasSuffix("…") { return String(lower.dropLast()) }
        return lower
    }

    /// Number words comment headers use.
    static let numberWords: [String: Int] = [
        "no": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    ]

    /// Nouns comment headers use.
    static let headerNouns: Set<String> = [
        "thought", "thoughts", "comment", "comments", "response", "responses", "reply", "replies",
    ]

    /// The count a comment header announces (nil inside for a header without a number), or nil if the line
    /// is not a header. Accepts `N noun`, `N noun on “Title”`, `N noun to “Title”` (N a number or a word).
    static func commentHeaderCount(line: String, lowercased lower: String) -> Int?? {
        guard let first = lower.first, first.isASCII, first.isNumber || "not fesg".contains(first) else { return nil }
        let words = lower.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
        guard words.count >= 2, headerNouns.contains(String(words[1])) else { return nil }
        let countWord = String(words[0])
        let count: Int
        if let word = numberWords[countWord] {
            count = word
        } else {
            let digits = countWord.filter { $0 != "," }
            guard !digits.isEmpty, digits.allSatisfy(\.isASCII), let value = Int(digits) else { return nil }
            count = value
        }
        if words.count == 2 { return .some(count) }
        let rest = words[2]
        guard rest.hasPrefix("on ") || rest.hasPrefix("to ") else { return nil }
        let title = rest.dropFirst(3)
        guard let first = title.first, "“\"‘'«„”".contains(first) else { return nil }
        return .some(count)
    }

    /// The relation of a navigation label standing alone on its line.
    static func navigationRelation(_ lower: String) -> String? {
        // Cheap rejection first: this runs on every short line of a page.
        guard let first = lower.utf8.first,
            first == UInt8(ascii: "p") || first == UInt8(ascii: "n") || first == UInt8(ascii: "o") || first >= 0x80
                || first == UInt8(ascii: "<") || first == UInt8(ascii: ">")
        else { return nil }
        var label = lower
        for arrow in ["←", "→", "«", "»", "<", ">"] {
            label = label.replacingPrefix(arrow).replacingSuffix(arrow)
        }
        label = String(label.trimmingASCIISpaces())
        if label.hasSuffix(":") { label.removeLast() }
        switch label {
        case "previous", "previous post", "previous article", "previous story", "older post", "prev":
            return "previous"
        case "next", "next post", "next article", "next story", "newer post":
            return "next"
        default:
            return nil
        }
    }

    /// A navigation label followed by the title on the same line, such as `Previous Post: Title`.
    static func inlineNavigation(line: String, lowercased lower: String) -> LineRole? {
        guard lower.utf8.count < 200, lower.utf8.contains(UInt8(ascii: ":")), let colon = line.firstIndex(of: ":") else { return nil }
        let label = String(line[..<colon]).lowercased()
        guard let relation = navigationRelation(label) else { return nil }
        let title = line[line.index(after: colon)...].trimmingASCIISpaces()
        guard !title.isEmpty else { return .navigation(relation: relation) }
        return .inlineNavigation(relation: relation, title: String(title))
    }
}
