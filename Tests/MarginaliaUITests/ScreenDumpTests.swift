import MarginaliaCore
import Testing
@testable import MarginaliaUI

/// Whole screens rendered into the in-memory screen, compared as text.
@Suite struct ScreenDumpTests {
    static let korean = Article(
        id: ArticleID("2000000000000000"), title: "한국어 제목 🇰🇷",
        body: [
            .paragraph("북한은 사실상 루비콘 강을 건넜다. 👨‍👩‍👧 가족과 👍🏽 표시."),
            .paragraph("日本語の文章は空白なしで折り返されるべきです。"),
            .paragraph("Café, naïve, e\u{301}\u{301} and Z\u{335}\u{321}a\u{334}lgo."),
        ])

    static let hostile = Article(
        id: ArticleID("3000000000000000"), title: "Evil\u{1B}[2J title\u{07}",
        body: [
            .paragraph("Clear\u{1B}[2J screen, \u{1B}]0;pwned\u{07} OSC, \u{9B}31m C1, \u{202E}reversed\u{202C} text."),
            .paragraph("Tab\there and a\u{0}nul."),
        ],
        comments: [Comment(id: "x", author: "Mal\u{1B}[31mlory", body: [.paragraph("\u{1B}[?1049l")])])

    @Test func theSeedArticleAt80x24() throws {
        let state = Fixtures.reading(try Seeds.macroduck, rows: 24, columns: 80)
        #expect(Fixtures.dump(state) == """
             “At least 3,000 North Korean soldiers now inside Russia, US says”

             Headline from CNN.

             Victor Cha:

             Though the number of troops committed by DPRK will be limited, North Korea has
             effectively crossed the Rubicon. Europe traditionally has been North Korea’s
             gateway to the West and was seen by Pyongyang as more “neutral” than the
             United States. North Korean diplomats are stationed in most European capitals,
             and the level of interaction in general (pre-pandemic) has been fluid, much
             more so than with the United States, South Korea (ROK), or Japan. But North
             Korea’s decision to send troops to kill Europeans will not easily be forgotten
             in European capitals. Thus, this tactical move by Kim will have long-term
             consequences for EU-DPRK relations.

             National Security Council spokesman John Kirby said “If they do deploy to
             fight against Ukraine, they’re fair game. They’re fair targets.” (CNN)





             ARTICLE │ “At least 3,000 North Korean soldi  100% │ 1 comment │ 0 annotations
            """)
        expectFits(state)
    }

    @Test func theLongSeedAt40x20() throws {
        let state = Fixtures.reading(try Seeds.relevance, rows: 20, columns: 40)
        #expect(Fixtures.dump(state) == """
             North Korea - The Fight for Relevance
             on a Crowded World Stage

             It’s been a while since North Korea
             has been a top news headliner.

             With the war in Gaza and subsequent
             escalation in the Middle East, the war
             in Ukraine, and the continued rise and
             threat of China and Iran to the US,
             North Korea has seemingly been on the
             back of people’s minds when it comes
             to immediate outside threats to the US
             and the West.

             However, within the past month, two
             events have marked North Korea’s
             determination to play its hand and
             place a stake in global politics,
             ARTICLE │ North Korea -   0% │ 0c │ 0a
            """)
        expectFits(state)
    }

    @Test func theSeedThreadAt40x20() throws {
        var state = Fixtures.reading(try Seeds.macroduck, rows: 20, columns: 40)
        Fixtures.press(.tab, into: &state)
        #expect(Fixtures.dump(state) == """
             Macroduck
             The shift to a bipolar political world
             may not be accelerating, but effects
             of the shift are sure are piling up.
             China and Russia are a special class
             of countries, actively undermining
             post-WWII norms and big enough to
             matter. They have clients like North
             Korea which see little hope of benefit
             from avoiding offense to democracies
             when their benefactors are so actively
             giving offense; better all-in than
             half measures.

             There is now a huge gap into which a
             new non-aligned movement can fit
             itself, playing the two sides off
             against each other. Clinton, Bush and
             Obama all worked to create closer ties
             COMMENTS │ “At least 3,0  0% │ 1c │ 0a
            """)
        expectFits(state)
    }

    @Test func aThreadExpanded() throws {
        var state = Fixtures.reading(rows: 16, columns: 50)
        Fixtures.press(.tab, into: &state)
        #expect(Fixtures.dump(state) == """
             Macroduck · October 29, 2024
             The shift to a bipolar political world may not
             be accelerating, but effects are piling up.

               Barry
               Agreed about Korea.

                 Macroduck
                 Thanks.

               Anne
               Not so sure.

             Pgl
             Another top-level comment about Korea.
             COMMENTS │ At least 3,000 North   100% │ 5c │ 0a
            """)
        expectFits(state)
    }

    @Test func aThreadCollapsed() throws {
        var state = Fixtures.reading(rows: 16, columns: 50)
        Fixtures.press(.tab, into: &state)
        Fixtures.type("C", into: &state)
        #expect(Fixtures.dump(state) == """
             Macroduck · October 29, 2024 [+3 replies hidden]
             The shift to a bipolar political world may not
             be accelerating, but effects are piling up.

             Pgl
             Another top-level comment about Korea.









             COMMENTS │ At least 3,000 North   100% │ 5c │ 0a
            """)
        expectFits(state)
    }

    @Test func koreanJapaneseEmojiAndCombiningMarks() throws {
        let state = Fixtures.reading(Self.korean, rows: 14, columns: 24)
        #expect(Fixtures.dump(state) == """
             한국어 제목 🇰🇷

             북한은 사실상 루비콘
             강을 건넜다. 👨‍👩‍👧 가족과
             👍🏽 표시.

             日本語の文章は空白なし
             で折り返されるべきで
             す。

             Café, naïve, é́ and
             Z̵̡a̴lgo.

             ARTICLE │ 한국어 제목
            """)
        expectFits(state)
    }

    @Test func controlCharactersAreShownHarmlessly() throws {
        let state = Fixtures.reading(Self.hostile, rows: 10, columns: 60)
        #expect(Fixtures.dump(state) == """
             Evil␛[2J title␇

             Clear␛[2J screen, ␛]0;pwned␇ OSC, �31m C1, reversed text.

             Tab here and a␀nul.




             ARTICLE │ Evil␛[2J title  100% │ 1 comment │ 0 annotations
            """)
        expectFits(state)
    }

    @Test func controlCharactersInTheThread() throws {
        var state = Fixtures.reading(Self.hostile, rows: 10, columns: 60)
        Fixtures.press(.tab, into: &state)
        #expect(Fixtures.dump(state) == """
             Mal␛[31mlory
             ␛[?1049l







             COMMENTS │ Evil␛[2J titl  100% │ 1 comment │ 0 annotations
            """)
        expectFits(state)
    }

    /// No screen line is wider than the terminal, and nothing unsafe is drawn.
    func expectFits(_ state: AppState, sourceLocation: SourceLocation = #_sourceLocation) {
        let frame = Renderer.render(state)
        for row in 0..<frame.rows {
            #expect(DisplayWidth.of(frame.line(row)) <= frame.columns, sourceLocation: sourceLocation)
            for scalar in frame.line(row).unicodeScalars {
                let v = scalar.value
                #expect(!(v < 0x20 || (v >= 0x7F && v < 0xA0) || (0x202A...0x202E).contains(v)), sourceLocation: sourceLocation)
            }
        }
    }

    @Test func tinyTerminalsShowANoticeAndOneByOneDoesNotCrash() {
        var state = Fixtures.reading(rows: 4, columns: 30)
        #expect(Fixtures.dump(state) == "Terminal too small\n(q quits)\n\n")
        for (rows, columns) in [(1, 1), (1, 80), (80, 1), (5, 20), (2, 2)] {
            _ = Reducer.reduce(&state, .resize(rows: rows, columns: columns))
            Fixtures.type("jG/x", into: &state)
            Fixtures.press(.escape, .tab, into: &state)
            let frame = Renderer.render(state)
            #expect(frame.rows == rows && frame.columns == columns)
        }
        _ = Reducer.reduce(&state, .resize(rows: 1, columns: 1))
        #expect(Fixtures.dump(state) == "T")
    }

    @Test func wideTerminalsCentreTheColumn() {
        let state = Fixtures.reading(Fixtures.long(paragraphs: 3), rows: 8, columns: 120)
        #expect(Fixtures.lines(state)[2] == String(repeating: " ", count: 20) + "Paragraph 1 has a few words in it, enough to wrap at forty columns.")
        var narrow = ReaderConfig()
        narrow.readingWidth = 30
        let configured = Fixtures.reading(Fixtures.long(paragraphs: 3), rows: 8, columns: 120, config: narrow)
        #expect(Fixtures.lines(configured)[2] == String(repeating: " ", count: 45) + "Paragraph 1 has a few words in")
    }
}
