import CNcurses
import MarginaliaUI

/// Translates what `wget_wch` returns into reader keys.
enum CursesKeys {
    /// The key for a function-key code (`KEY_CODE_YES`), or nil for codes the reader ignores.
    static func key(functionCode code: Int32) -> Key? {
        switch code {
        case KEY_UP: .up
        case KEY_DOWN: .down
        case KEY_LEFT: .left
        case KEY_RIGHT: .right
        case KEY_NPAGE: .pageDown
        case KEY_PPAGE: .pageUp
        case KEY_HOME: .home
        case KEY_END: .end
        case KEY_ENTER: .enter
        case KEY_BACKSPACE: .backspace
        case KEY_DC: .delete
        case KEY_BTAB: .backTab
        case (KEY_F0 + 1)...(KEY_F0 + 12): .function(Int(code - KEY_F0))
        default: nil
        }
    }

    /// The key for a character code.
    static func key(character code: UInt32) -> Key? {
        if let control = Key.fromControlCode(code) { return control }
        guard code >= 0x20, let scalar = Unicode.Scalar(code) else { return nil }
        return .char(Character(scalar))
    }
}
