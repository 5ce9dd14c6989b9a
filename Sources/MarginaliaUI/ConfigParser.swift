/// Reads the config file format (see Docs/config.md): `key = value` settings, `bind [VIEW] KEY COMMAND`,
/// `unbind [VIEW] KEY`, lines starting with `#` (comments) and blank lines.
public enum ConfigParser {
    /// Applies a config file's text on top of `base`; throws on the first bad line.
    public static func parse(_ text: String, base: ReaderConfig = ReaderConfig()) throws(ConfigError) -> ReaderConfig {
        var config = base
        var number = 0
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            number += 1
            let line = stripComment(rawLine).trimmingSpaces
            guard !line.isEmpty else { continue }
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            func fail(_ reason: String) -> ConfigError {
                ConfigError(line: number, text: String(rawLine), reason: reason)
            }
            switch words[0] {
            case "bind", "unbind":
                try applyBinding(words, to: &config.keymap, fail: fail)
            default:
                guard let equals = line.firstIndex(of: "=") else {
                    throw fail("expected `key = value`, `bind KEY COMMAND` or `unbind KEY`")
                }
                let key = line[..<equals].trimmingSpaces
                let value = line[line.index(after: equals)...].trimmingSpaces
                try applySetting(String(key), String(value), to: &config, fail: fail)
            }
        }
        return config
    }

    /// Only whole lines are comments, so that `#` can itself be bound (`bind # top`).
    static func stripComment(_ line: Substring) -> Substring {
        line.trimmingSpaces.hasPrefix("#") ? "" : line
    }

    static func applySetting(_ key: String, _ value: String, to config: inout ReaderConfig, fail: (String) -> ConfigError) throws(ConfigError) {
        switch key {
        case "reading-width":
            guard let width = Int(value), (20...1000).contains(width) else {
                throw fail("reading-width must be a whole number from 20 to 1000")
            }
            config.readingWidth = width
        case "color":
            switch value {
            case "on", "yes", "true": config.useColor = true
            case "off", "no", "false": config.useColor = false
            default: throw fail("color must be on or off")
            }
        default:
            if key.hasPrefix("color.") || key.hasPrefix("mono.") {
                let isMono = key.hasPrefix("mono.")
                let name = String(key.dropFirst(isMono ? 5 : 6))
                guard let style = TextStyle(configName: name) else {
                    throw fail("unknown style `\(name)`; styles: \(TextStyle.allCases.map(\.configName).joined(separator: ", "))")
                }
                var spec = config.palette[style]
                let words = value.split(separator: " ").map(String.init)
                if isMono {
                    spec.monochrome = try attributes(words, fail: fail)
                } else {
                    try applyColor(words, to: &spec, fail: fail)
                }
                config.palette[style] = spec
            } else {
                throw fail("unknown setting `\(key)`; settings: reading-width, color, color.STYLE, mono.STYLE")
            }
        }
    }

    static func applyColor(_ words: [String], to spec: inout ColorSpec, fail: (String) -> ConfigError) throws(ConfigError) {
        guard let first = words.first, let foreground = TerminalColor(rawValue: first) else {
            throw fail("expected a colour first: \(TerminalColor.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        spec.foreground = foreground
        spec.background = .default
        var rest = Array(words.dropFirst())
        if rest.first == "on" {
            guard rest.count >= 2, let background = TerminalColor(rawValue: rest[1]) else {
                throw fail("expected a colour after `on`")
            }
            spec.background = background
            rest.removeFirst(2)
        }
        spec.attributes = try attributes(rest, fail: fail)
    }

    static func attributes(_ words: [String], fail: (String) -> ConfigError) throws(ConfigError) -> Set<TextAttribute> {
        var set: Set<TextAttribute> = []
        for word in words where word != "none" {
            guard let attribute = TextAttribute(rawValue: word) else {
                throw fail("unknown attribute `\(word)`; attributes: \(TextAttribute.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            set.insert(attribute)
        }
        return set
    }

    static func applyBinding(_ words: [String], to keymap: inout Keymap, fail: (String) -> ConfigError) throws(ConfigError) {
        let isBind = words[0] == "bind"
        var rest = Array(words.dropFirst())
        var contexts = KeyContext.allCases
        if let first = rest.first, let context = KeyContext(rawValue: first), rest.count == (isBind ? 3 : 2) {
            contexts = [context]
            rest.removeFirst()
        }
        guard rest.count == (isBind ? 2 : 1) else {
            throw fail(isBind ? "expected `bind [VIEW] KEY COMMAND`" : "expected `unbind [VIEW] KEY`")
        }
        guard let key = Key(name: rest[0]) else { throw fail("unknown key `\(rest[0])`") }
        if key == .ctrl("c") { throw fail("C-c always quits and cannot be rebound") }
        guard isBind else {
            for context in contexts { keymap.unbind(key, in: context) }
            return
        }
        guard let command = Command(rawValue: rest[1]) else {
            throw fail("unknown command `\(rest[1])`; see Docs/config.md for the list")
        }
        let applicable = contexts.filter { $0.commands.contains(command) }
        guard !applicable.isEmpty else { throw fail("`\(command.rawValue)` does not apply in that view") }
        for context in applicable { keymap.bind(key, to: command, in: context) }
    }
}

extension TextStyle {
    /// The style's name in the config file (`current-match`).
    public var configName: String {
        var name = ""
        for c in rawValue {
            if c.isUppercase { name += "-" + c.lowercased() } else { name.append(c) }
        }
        return name
    }

    /// The style with this config name.
    public init?(configName: String) {
        guard let style = TextStyle.allCases.first(where: { $0.configName == configName }) else { return nil }
        self = style
    }
}
