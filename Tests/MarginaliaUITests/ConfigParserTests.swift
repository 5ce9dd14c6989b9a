import Testing
@testable import MarginaliaUI

@Suite struct ConfigParserTests {
    @Test func settingsBindingsAndColours() throws {
        let config = try ConfigParser.parse("""
            # my settings
            reading-width = 66
            color = off

            bind x page-down
            bind article Z bottom
            unbind comments J
            color.heading = blue on black bold underline
            mono.match = underline
            """)
        #expect(config.readingWidth == 66)
        #expect(config.useColor == false)
        #expect(config.keymap.command(for: .char("x"), in: .article) == .pageDown)
        #expect(config.keymap.command(for: .char("x"), in: .library) == .pageDown)
        #expect(config.keymap.command(for: .char("Z"), in: .article) == .bottom)
        #expect(config.keymap.command(for: .char("Z"), in: .comments) == nil)
        #expect(config.keymap.command(for: .char("J"), in: .comments) == nil)
        #expect(config.palette[.heading] == ColorSpec(.blue, on: .black, [.bold, .underline], monochrome: [.bold]))
        #expect(config.palette[.match].monochrome == [.underline])
    }

    @Test(arguments: [
        ("reading-width = wide", 1, "reading-width must be a whole number"),
        ("\n\nbind j fly", 3, "unknown command `fly`"),
        ("bind", 1, "expected `bind [VIEW] KEY COMMAND`"),
        ("# ok\nbind C-c top", 2, "C-c always quits"),
        ("colour = on", 1, "unknown setting `colour`"),
        ("color.heading = purple", 1, "expected a colour first"),
        ("color.nothing = red", 1, "unknown style `nothing`"),
        ("mono.title = sparkly", 1, "unknown attribute `sparkly`"),
        ("just words", 1, "expected `key = value`"),
        ("bind library n search-next", 1, "does not apply in that view"),
    ])
    func badLinesAreNamed(text: String, line: Int, reason: String) {
        #expect {
            _ = try ConfigParser.parse(text)
        } throws: { error in
            guard let error = error as? ConfigError else { return false }
            return error.line == line && error.reason.contains(reason) && error.description.hasPrefix("line \(line): ")
        }
    }

    @Test func hashCanBeBoundAndCRLFIsAccepted() throws {
        let config = try ConfigParser.parse("bind # top\r\nreading-width = 70\r\n")
        #expect(config.keymap.command(for: .char("#"), in: .article) == .top)
        #expect(config.readingWidth == 70)
    }
}
