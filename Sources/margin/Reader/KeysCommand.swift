import ArgumentParser
import MarginaliaUI

/// `margin keys`: prints the reader's key bindings (the same text as `?` in the reader and Docs/keys.md).
struct KeysCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys", abstract: "Print the reader's key bindings (Markdown with --markdown: Docs/keys.md).")

    @Flag(help: "Print Docs/keys.md.")
    var markdown = false

    func run() {
        if markdown {
            print(Keymap.standard.markdown(), terminator: "")
            return
        }
        for section in Keymap.standard.helpSections() {
            print(section.title)
            for row in section.rows { print("  " + row.keys.padding(to: 24) + row.summary) }
            print()
        }
    }
}

extension String {
    func padding(to width: Int) -> String { count >= width ? self + " " : self + String(repeating: " ", count: width - count) }
}
