import Foundation
import Testing
@testable import MarginaliaUI

@Suite struct KeymapTests {
    @Test func docsKeysMatchesTheKeymap() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let file = try String(contentsOf: root.appendingPathComponent("Docs/keys.md"), encoding: .utf8)
        #expect(file == Keymap.standard.markdown(), "regenerate with: swift run margin keys --markdown > Docs/keys.md")
    }

    @Test func everyCommandOfEveryViewHasAKey() {
        for context in KeyContext.allCases {
            for command in context.commands {
                #expect(!Keymap.standard.keys(for: command, in: context).isEmpty, "\(command) in \(context)")
            }
        }
    }

    @Test func theIssuesKeysAreBound() {
        let k = Keymap.standard
        for (key, command) in [
            (Key.char("j"), Command.lineDown), (.down, .lineDown), (.char("k"), .lineUp), (.up, .lineUp),
            (.char(" "), .pageDown), (.pageDown, .pageDown), (.ctrl("f"), .pageDown), (.char("b"), .pageUp),
            (.pageUp, .pageUp), (.ctrl("b"), .pageUp), (.char("d"), .halfPageDown), (.ctrl("u"), .halfPageUp),
            (.char("g"), .top), (.home, .top), (.char("G"), .bottom), (.end, .bottom), (.char("/"), .search),
            (.char("n"), .searchNext), (.char("N"), .searchPrevious), (.tab, .toggleView), (.char("c"), .toggleView),
            (.char("q"), .back), (.char("?"), .help),
        ] {
            #expect(k.command(for: key, in: .article) == command, "\(key)")
        }
        // `u` is undo (issue 5); C-u goes up half a page.
        #expect(k.command(for: .char("u"), in: .article) == .undo)
        #expect(k.command(for: .char(" "), in: .comments) == .toggleCollapse)
        #expect(k.command(for: .enter, in: .comments) == .toggleCollapse)
        #expect(k.command(for: .enter, in: .library) == .open)
        #expect(k.command(for: .char("/"), in: .library) == .filter)
    }

    @Test func keyNamesRoundTrip() {
        for key in [Key.char("j"), .char(" "), .ctrl("f"), .pageDown, .pageUp, .home, .end, .enter, .tab, .escape,
                    .up, .down, .left, .right, .backTab, .function(5), .char("#"), .char("é")] {
            #expect(Key(name: key.description) == key)
        }
        #expect(Key(name: "C-") == nil)
        #expect(Key(name: "nonsense") == nil)
    }
}
