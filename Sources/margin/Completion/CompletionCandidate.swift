import ArgumentParser

/// One shell-completion candidate: the word to insert, and a description for shells that show one.
struct CompletionCandidate: Equatable, Sendable {
    /// The word the shell inserts.
    var value: String
    /// What the word stands for (an article's title, a tag's description); nil when there is nothing to add.
    var description: String?

    /// The candidate as argument-parser hands it to the requesting shell: zsh's `_describe` reads
    /// `value:description` (a colon in the value escaped), fish reads `value<TAB>description`, and bash shows
    /// bare words only.
    func formatted(for shell: CompletionShell?) -> String {
        guard let description = description.map(Self.oneLine), !description.isEmpty else { return value }
        switch shell {
        case .zsh?: return value.replacingColons() + ":" + description
        case .fish?: return value + "\t" + description
        default: return value
        }
    }

    /// Candidates for ids: the first `length` characters where that prefix is unique among them, the whole id
    /// where two share it; the description is kept (nil when empty).
    static func shortIDs(_ entries: [(id: String, about: String)], length: Int) -> [CompletionCandidate] {
        var counts: [Substring: Int] = [:]
        for entry in entries { counts[entry.id.prefix(length), default: 0] += 1 }
        return entries.map { entry in
            let short = entry.id.prefix(length)
            return CompletionCandidate(
                value: counts[short] == 1 ? String(short) : entry.id, description: entry.about.isEmpty ? nil : entry.about)
        }
    }

    /// Descriptions are shown on one line; newlines and tabs in titles would break the shell's parsing.
    private static func oneLine(_ text: String) -> String {
        String(text.map { $0 == "\n" || $0 == "\t" || $0 == "\r" ? " " : $0 })
    }
}

private extension String {
    /// Escapes `:` as `\:` for zsh's `_describe`, which splits value from description at the first colon.
    func replacingColons() -> String {
        var result = ""
        for character in self {
            if character == ":" || character == "\\" { result.append("\\") }
            result.append(character)
        }
        return result
    }
}
