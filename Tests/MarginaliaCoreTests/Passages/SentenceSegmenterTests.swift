import Testing
@testable import MarginaliaCore

/// Sentence boundaries on prose with the usual traps.
@Suite struct SentenceSegmenterTests {
    /// The sentences of `text` as strings.
    func split(_ text: String) -> [String] {
        let scalars = ScalarText(text)
        return SentenceSegmenter.sentences(in: text).map { scalars.string($0) }
    }

    @Test func splitsPlainSentences() {
        #expect(split("One two. Three four! Five six? Seven") == ["One two.", "Three four!", "Five six?", "Seven"])
    }

    @Test func keepsAbbreviationsAndTitles() {
        #expect(split("Mr. Kim met Dr. Lee on Jan. 5. They talked.") == ["Mr. Kim met Dr. Lee on Jan. 5.", "They talked."])
        #expect(split("Use a tool, e.g. a hammer. Then stop.") == ["Use a tool, e.g. a hammer.", "Then stop."])
    }

    @Test func keepsInitialsAndInitialisms() {
        #expect(split("John F. Kennedy spoke. The U.S. Army came.") == ["John F. Kennedy spoke.", "The U.S. Army came."])
        #expect(split("He lives in the U.S. The rest is history.") == ["He lives in the U.S.", "The rest is history."])
        #expect(split("It says the U.S. officials agreed.") == ["It says the U.S. officials agreed."])
    }

    @Test func keepsDecimalsAndDomains() {
        #expect(split("Growth was 3.5 percent. See example.com now.") == ["Growth was 3.5 percent.", "See example.com now."])
    }

    @Test func includesClosingQuotesAndBrackets() {
        #expect(split("He said “stop.” Then he left (quietly.) Next.") == ["He said “stop.”", "Then he left (quietly.)", "Next."])
        #expect(split("“Why?” she asked. “Because.”") == ["“Why?” she asked.", "“Because.”"])
    }

    @Test func handlesEllipses() {
        #expect(split("Wait… what happened… Nothing.") == ["Wait… what happened…", "Nothing."])
        #expect(split("Well... Maybe not.") == ["Well...", "Maybe not."])
        #expect(split("Really?! Yes.") == ["Really?!", "Yes."])
    }

    @Test func lowercaseAfterPeriodDoesNotSplit() {
        #expect(split("The approx. figure is low. ok") == ["The approx. figure is low. ok"])
    }

    @Test func paragraphBreaksAlwaysEndASentence() {
        #expect(split("No period here\n\nNext paragraph. Two") == ["No period here", "Next paragraph.", "Two"])
        #expect(split("Victor Cha:\n\n  \n\nQuote.") == ["Victor Cha:", "Quote."])
    }

    @Test func offsetsCountScalarsAndStartAtBase() {
        // "é" as e + combining acute is two scalars and one grapheme; the emoji flag is two scalars.
        let text = "Cafe\u{301} 🇰🇷 ok. Next."
        let ranges = SentenceSegmenter.sentences(in: text, base: 100)
        #expect(ranges == [100..<112, 113..<118])
        #expect(SentenceSegmenter.sentences(in: "   ") == [])
        #expect(SentenceSegmenter.sentences(in: "") == [])
    }

    @Test func seedParagraphFirstSentence() {
        let paragraph = SeedArticles.korea.first { $0.hasPrefix("Though the number") }!
        let first = split(paragraph).first
        #expect(first == "Though the number of troops committed by DPRK will be limited, North Korea has effectively crossed the Rubicon.")
        #expect(split(paragraph).count > 3)
    }

    /// The marks are compared as single scalars; clusters built on them, CR LF and wide forms must still
    /// behave as `Character` comparison did.
    @Test func marksInClustersCRLFAndWideForms() {
        // A period carrying a combining accent is not a period.
        #expect(split("Stop.\u{301} Go. Next") == ["Stop.\u{301} Go.", "Next"])
        #expect(split("One two\r\n\r\nThree. Four") == ["One two", "Three.", "Four"])
        #expect(split("One\r\n \r\nTwo") == ["One", "Two"])
        #expect(split("你好。 Next？ Yes！ “Quoted.” (Aside.) End‼ Done") == ["你好。", "Next？", "Yes！", "“Quoted.”", "(Aside.)", "End‼", "Done"])
        // No-break space is white space, as `Character.isWhitespace` says.
        #expect(split("Tabs.\tNext one.\u{A0}Same") == ["Tabs.", "Next one.", "Same"])
    }

    /// A part's sentences are cached per block; the cache answers what a fresh segmentation does and is
    /// not part of the part's value.
    @Test func cachedSentencesMatchAFreshSegmentation() {
        let blocks: [Block] = [.paragraph("Mr. Kim met Dr. Lee. They talked… Then left."), .paragraph("Cafe\u{301} ok. Next?"),
                               .paragraph("No end here")]
        let text = PartText(part: .body, blocks: blocks)
        let fresh = PartText(part: .body, blocks: blocks)
        for round in 0..<2 {
            for index in blocks.indices {
                let expected = SentenceSegmenter.sentences(in: blocks[index].text, base: text.blockStarts[index])
                #expect(text.sentences(inBlock: index) == expected, "round \(round), block \(index)")
            }
        }
        #expect(text.sentenceCache.count == blocks.count)
        #expect(fresh.sentenceCache.count == 0)
        #expect(text == fresh)
        #expect(text.hashValue == fresh.hashValue)
        #expect(text != PartText(part: .comment("c1"), blocks: blocks))
    }
}
