/// One key press as the reader sees it, independent of the terminal library.
public enum Key: Hashable, Sendable, CustomStringConvertible {
    /// A printable character (including space).
    case char(Character)
    /// A control chord such as Ctrl-F (`ctrl("f")`); the letter is lowercase.
    case ctrl(Character)
    case up, down, left, right
    case pageUp, pageDown, home, end
    case enter, tab, backTab, escape, backspace, delete
    /// A function key, F1...F12.
    case function(Int)

    /// The name used in the keymap, the help screen, Docs/keys.md and the config file (`j`, `C-f`, `PgDn`).
    public var description: String {
        switch self {
        case .char(" "): "Space"
        case .char(let c): String(c)
        case .ctrl(let c): "C-\(c)"
        case .up: "Up"
        case .down: "Down"
        case .left: "Left"
        case .right: "Right"
        case .pageUp: "PgUp"
        case .pageDown: "PgDn"
        case .home: "Home"
        case .end: "End"
        case .enter: "Enter"
        case .tab: "Tab"
        case .backTab: "S-Tab"
        case .escape: "Esc"
        case .backspace: "Backspace"
        case .delete: "Delete"
        case .function(let n): "F\(n)"
        }
    }

    /// Parses a key name as written in the config file; nil if it names no key.
    public init?(name: String) {
        let named: [String: Key] = [
            "space": .char(" "), "up": .up, "down": .down, "left": .left, "right": .right,
            "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown, "home": .home,
            "end": .end, "enter": .enter, "return": .enter, "tab": .tab, "s-tab": .backTab, "esc": .escape,
            "escape": .escape, "backspace": .backspace, "delete": .delete,
        ]
        if let key = named[name.lowercased()] {
            self = key
            return
        }
        let lower = name.lowercased()
        if lower.hasPrefix("c-") && name.count == 3, let last = lower.last, last.isLetter {
            self = .ctrl(last)
            return
        }
        if lower.hasPrefix("f"), name.count > 1, let number = Int(lower.dropFirst()), (1...12).contains(number) {
            self = .function(number)
            return
        }
        if name.count == 1, let c = name.first, !c.isWhitespace, c.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value != 0x7F }) {
            self = .char(c)
            return
        }
        return nil
    }

    /// The key a terminal delivers as this control code (Enter, Tab, Esc, Backspace, Ctrl-letters); nil if none.
    public static func fromControlCode(_ code: UInt32) -> Key? {
        switch code {
        case 0x0A, 0x0D: .enter
        case 0x09: .tab
        case 0x1B: .escape
        case 0x08, 0x7F: .backspace
        case 0x01...0x1A: .ctrl(Character(Unicode.Scalar(code + 0x60)!))
        default: nil
        }
    }
}
