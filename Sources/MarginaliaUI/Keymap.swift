/// Which key runs which command in each context. The help screen and Docs/keys.md are generated from it,
/// so they cannot drift from what the keys do.
public struct Keymap: Equatable, Sendable {
    /// Bindings per context.
    public private(set) var bindings: [KeyContext: [Key: Command]]

    /// The built-in bindings.
    public static let standard: Keymap = {
        let scrolling: [(Key, Command)] = [
            (.char("j"), .lineDown), (.down, .lineDown), (.char("k"), .lineUp), (.up, .lineUp),
            (.pageDown, .pageDown), (.ctrl("f"), .pageDown), (.pageUp, .pageUp), (.char("b"), .pageUp),
            (.ctrl("b"), .pageUp), (.char("d"), .halfPageDown), (.ctrl("d"), .halfPageDown),
            (.ctrl("u"), .halfPageUp), (.char("g"), .top), (.home, .top),
            (.char("G"), .bottom), (.end, .bottom),
        ]
        let common: [(Key, Command)] = [
            (.char("?"), .help), (.char("q"), .back), (.ctrl("c"), .quit), (.char("Q"), .quit), (.char("x"), .export),
        ]
        let searching: [(Key, Command)] = [
            (.char("/"), .search), (.char("n"), .searchNext), (.char("N"), .searchPrevious),
            (.tab, .toggleView), (.char("c"), .toggleView), (.escape, .clear),
        ]
        var keymap = Keymap(bindings: [:])
        for context in KeyContext.allCases {
            for (key, command) in scrolling + common where context.commands.contains(command) {
                keymap.bind(key, to: command, in: context)
            }
        }
        keymap.bind(.char(" "), to: .pageDown, in: .article)
        keymap.bind(.char(" "), to: .pageDown, in: .help)
        keymap.bind(.escape, to: .back, in: .help)
        for (key, command) in searching {
            keymap.bind(key, to: command, in: .article)
            keymap.bind(key, to: command, in: .comments)
        }
        keymap.bind(.enter, to: .open, in: .library)
        keymap.bind(.right, to: .open, in: .library)
        keymap.bind(.char("/"), to: .filter, in: .library)
        let comments: [(Key, Command)] = [
            (.char(" "), .toggleCollapse), (.enter, .toggleCollapse), (.char("C"), .collapseAll),
            (.char("E"), .expandAll), (.char("J"), .nextComment), (.char("K"), .previousComment),
            (.char("p"), .parentComment), (.char(">"), .nextSibling), (.char("<"), .previousSibling),
            (.char("+"), .nextTopLevel), (.char("-"), .previousTopLevel),
        ]
        for (key, command) in comments { keymap.bind(key, to: command, in: .comments) }
        // Passages and annotations, the same keys in both views ((, ), {, } move the passage cursor).
        let annotating: [(Key, Command)] = [
            (.char(")"), .nextSentence), (.right, .nextSentence), (.char("("), .previousSentence),
            (.left, .previousSentence), (.char("}"), .nextParagraph), (.char("{"), .previousParagraph),
            (.char("v"), .visual), (.char("t"), .tagPicker), (.char("a"), .inlineNote), (.char("e"), .editNote),
            (.char("]"), .nextAnnotation), (.char("["), .previousAnnotation), (.char("L"), .annotationList),
            (.char("A"), .allAnnotations), (.char("T"), .tagManager), (.char("u"), .undo), (.ctrl("r"), .redo),
        ]
        for (key, command) in annotating {
            keymap.bind(key, to: command, in: .article)
            keymap.bind(key, to: command, in: .comments)
        }
        keymap.bind(.char("A"), to: .allAnnotations, in: .library)
        let visual: [(Key, Command)] = [
            (.char(")"), .nextSentence), (.char("("), .previousSentence), (.char("}"), .nextParagraph),
            (.char("{"), .previousParagraph), (.char("w"), .extendWord), (.right, .extendWord),
            (.char("b"), .shrinkWord), (.left, .shrinkWord), (.char("o"), .swapEnds), (.char("t"), .tagPicker),
            (.char("a"), .inlineNote), (.char("e"), .editNote), (.escape, .clear), (.char("v"), .clear),
            (.char("j"), .lineDown), (.down, .lineDown), (.char("k"), .lineUp), (.up, .lineUp),
            (.pageDown, .pageDown), (.char(" "), .pageDown), (.pageUp, .pageUp), (.char("?"), .help),
            (.ctrl("c"), .quit),
        ]
        for (key, command) in visual { keymap.bind(key, to: command, in: .visual) }
        return keymap
    }()

    /// Creates a keymap from bindings.
    public init(bindings: [KeyContext: [Key: Command]]) {
        self.bindings = bindings
    }

    /// The command a key runs in a context.
    public func command(for key: Key, in context: KeyContext) -> Command? {
        bindings[context]?[key]
    }

    /// Binds a key (replacing what it did in that context).
    public mutating func bind(_ key: Key, to command: Command, in context: KeyContext) {
        bindings[context, default: [:]][key] = command
    }

    /// Removes a key's binding in a context.
    public mutating func unbind(_ key: Key, in context: KeyContext) {
        bindings[context]?[key] = nil
    }

    /// The keys bound to a command in a context, in a stable order (single characters first).
    public func keys(for command: Command, in context: KeyContext) -> [Key] {
        (bindings[context] ?? [:]).filter { $0.value == command }.map(\.key).sorted { a, b in
            let (ra, rb) = (Keymap.rank(a), Keymap.rank(b))
            return ra != rb ? ra < rb : a.description < b.description
        }
    }

    static func rank(_ key: Key) -> Int {
        switch key {
        case .char(" "): 1
        case .char: 0
        case .ctrl: 2
        default: 3
        }
    }

    /// The help text: one section per context, one line per bound command.
    public func helpSections() -> [(title: String, rows: [(keys: String, summary: String)])] {
        KeyContext.allCases.map { context in
            let rows = context.commands.compactMap { command -> (keys: String, summary: String)? in
                let keys = keys(for: command, in: context)
                guard !keys.isEmpty else { return nil }
                return (keys.map(\.description).joined(separator: ", "), command.summary)
            }
            return (context.title, rows)
        }
    }

    /// Docs/keys.md as generated from this keymap (a test checks the file matches the standard keymap).
    public func markdown() -> String {
        var text = "# Keys\n\n"
        text += "Generated from the keymap in `Sources/MarginaliaUI/Keymap.swift` (a test checks this file matches;\n"
        text += "regenerate it with `swift run margin keys --markdown > Docs/keys.md`). Rebind keys in the config file:\n"
        text += "see [config.md](config.md). Key names: a character (`j`, `G`, `?`), `C-x` for Ctrl-x, `Space`, `Tab`,\n"
        text += "`Enter`, `Esc`, `Up`, `Down`, `Left`, `Right`, `PgUp`, `PgDn`, `Home`, `End`.\n\n"
        text += "While typing a search or a filter: Enter keeps it, Esc cancels it, Backspace deletes, C-u clears.\n"
        for section in helpSections() {
            text += "\n## \(section.title)\n\n| Keys | Action |\n| --- | --- |\n"
            for row in section.rows {
                let keys = row.keys.split(separator: ",").map { "`\($0.trimmingSpaces)`" }.joined(separator: ", ")
                text += "| \(keys) | \(row.summary) |\n"
            }
        }
        for section in PanelKeys.sections {
            text += "\n## \(section.title)\n\n| Keys | Action |\n| --- | --- |\n"
            for row in section.rows {
                let keys = row.keys.split(separator: ",").map { "`\($0.trimmingSpaces)`" }.joined(separator: ", ")
                text += "| \(keys) | \(row.summary) |\n"
            }
        }
        return text
    }
}

extension Substring {
    /// The text without leading or trailing spaces.
    var trimmingSpaces: Substring {
        var s = self
        while let c = s.first, c == " " || c == "\t" || c == "\r" { s.removeFirst() }
        while let c = s.last, c == " " || c == "\t" || c == "\r" { s.removeLast() }
        return s
    }
}
