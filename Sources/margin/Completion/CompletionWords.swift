/// The shell words of the command line being completed, as argument-parser hands them to a custom
/// completion closure (verbatim: quotes and backslashes included), with the few lookups the completions need.
struct CompletionWords: Sendable {
    /// The words, unquoted.
    var words: [String]

    /// Unquotes the shell words (see `unquoted(_:)`).
    init(_ words: [String]) {
        self.words = words.map(Self.unquoted)
    }

    /// Whether a flag such as `--samples` is on the command line.
    func contains(flag: String) -> Bool {
        words.contains(flag)
    }

    /// Every value given to an option, in both `--name value` and `--name=value` forms.
    func values(of option: String) -> [String] {
        var result: [String] = []
        var index = words.startIndex
        while index < words.endIndex {
            let word = words[index]
            if word == option, index + 1 < words.endIndex {
                result.append(words[index + 1])
                index += 2
                continue
            }
            if word.hasPrefix(option + "=") { result.append(String(word.dropFirst(option.count + 1))) }
            index += 1
        }
        return result
    }

    /// A shell word without its quoting: single quotes kept literally, double quotes and backslashes
    /// removed, a leading `~/` expanded later by the store (not here). Good enough for paths and names.
    static func unquoted(_ word: String) -> String {
        var result = ""
        var quote: Character?
        var escaped = false
        for character in word {
            if escaped {
                result.append(character)
                escaped = false
            } else if let open = quote {
                if character == open { quote = nil } else if character == "\\" && open == "\"" { escaped = true } else {
                    result.append(character)
                }
            } else if character == "'" || character == "\"" {
                quote = character
            } else if character == "\\" {
                escaped = true
            } else {
                result.append(character)
            }
        }
        return result
    }
}
