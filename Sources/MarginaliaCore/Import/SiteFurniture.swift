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

    /// The role of a line given as collapsed text.
    static func role(of line: String) -> LineRole {
        guard !line.isEmpty, line.utf8.count <= maximumLength else { return .text }
        let lower = line.lowercased()
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
        "comment *", "name *", "email *", "post comment", "δ", "submit comment", "cancel reply",
        "comment *name *email *website",
    ]

    /// Bare comment form field labels; too common as words to be furniture in an article body, so they are
    /// dropped only after the body has ended.
    static let commentFormFields: Set<String> = ["comment", "name", "email", "website", "website url", "δ"]

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
        guard let colon = line.firstIndex(of: ":") else { return nil }
        let label = String(line[..<colon]).lowercased()
        guard let relation = navigationRelation(label) else { return nil }
        let title = line[line.index(after: colon)...].trimmingASCIISpaces()
        guard !title.isEmpty else { return .navigation(relation: relation) }
        return .inlineNavigation(relation: relation, title: String(title))
    }
}

extension StringProtocol {
    /// The text without leading and trailing ASCII spaces.
    func trimmingASCIISpaces() -> SubSequence {
        var start = startIndex
        var end = endIndex
        while start < end, self[start] == " " { start = index(after: start) }
        while end > start, self[index(before: end)] == " " { end = index(before: end) }
        return self[start..<end]
    }
}

extension String {
    /// The string without `prefix` at its start, if it starts with it.
    func replacingPrefix(_ prefix: String) -> String {
        hasPrefix(prefix) ? String(dropFirst(prefix.count)) : self
    }

    /// The string without `suffix` at its end, if it ends with it.
    func replacingSuffix(_ suffix: String) -> String {
        hasSuffix(suffix) ? String(dropLast(suffix.count)) : self
    }
}
