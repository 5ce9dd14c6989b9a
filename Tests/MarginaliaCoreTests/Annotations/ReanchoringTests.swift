import Testing
@testable import MarginaliaCore

@Suite struct ReanchoringTests {
    let original = SeedArticles.article(SeedArticles.korea)
    let sentence = "Europe traditionally has been North Korea’s gateway to the West"

    func reanchor(_ annotation: Annotation, in article: Article) -> Annotation {
        Reanchoring.reanchor([annotation], in: article).annotations[0]
    }

    @Test func unchangedTextKeepsEverything() {
        let annotation = SeedArticles.annotation(on: sentence, in: original)
        let report = Reanchoring.reanchor([annotation], in: original)
        #expect(report.changed.isEmpty)
        #expect(report.annotations == [annotation])
    }

    @Test func paragraphInsertedBeforeShiftsTheRange() {
        let annotation = SeedArticles.annotation(on: sentence, in: original)
        var paragraphs = SeedArticles.korea
        paragraphs.insert("An editor's note inserted at the top of the article, before everything else.", at: 0)
        let edited = SeedArticles.article(paragraphs)
        let moved = reanchor(annotation, in: edited)
        #expect(moved.status == .anchored)
        #expect(moved.start == SeedArticles.range(of: sentence, in: edited.text).lowerBound)
        #expect(moved.start > annotation.start)
        #expect(ScalarText(edited.text).string(moved.range) == sentence)
    }

    @Test func typoFixedInsideTheQuoteIsAFuzzyMatch() {
        var paragraphs = SeedArticles.korea
        let index = paragraphs.firstIndex { $0.contains(sentence) }!
        let typo = "Europe traditionaly has been North Korea’s gateway to the West"
        paragraphs[index] = paragraphs[index].replacingOccurrences(of: sentence, with: typo)
        let withTypo = SeedArticles.article(paragraphs)
        let annotation = SeedArticles.annotation(on: typo, in: withTypo)
        let fixed = reanchor(annotation, in: original)
        #expect(fixed.status == .fuzzy)
        #expect(fixed.quote == sentence)
        #expect(fixed.originalQuote == typo)
        #expect(fixed.range == SeedArticles.range(of: sentence, in: original.text))
        // The typo coming back restores the first quote.
        let back = reanchor(fixed, in: withTypo)
        #expect(back.status == .anchored)
        #expect(back.quote == typo)
        #expect(back.originalQuote == nil)
    }

    @Test func deletedSentenceBecomesAnOrphanAndComesBack() {
        let annotation = SeedArticles.annotation(on: sentence, in: original)
        var paragraphs = SeedArticles.korea
        let index = paragraphs.firstIndex { $0.contains(sentence) }!
        paragraphs[index] = paragraphs[index].replacingOccurrences(
            of: sentence + " and was seen by Pyongyang as more “neutral” than the United States. ", with: "")
        let edited = SeedArticles.article(paragraphs)
        #expect(!edited.text.contains("gateway"))
        let orphan = reanchor(annotation, in: edited)
        #expect(orphan.status == .orphaned)
        #expect(orphan.quote == sentence && orphan.start == annotation.start)
        let restored = reanchor(orphan, in: original)
        #expect(restored.status == .anchored)
        #expect(restored.range == annotation.range)
    }

    @Test func reorderedParagraphsAreFollowed() {
        let paragraphs = SeedArticles.second
        let article = SeedArticles.article(paragraphs)
        let targets = [paragraphs[1], paragraphs[paragraphs.count - 2]].map { String($0.prefix(60)) }
        let annotations = targets.map { SeedArticles.annotation(on: $0, in: article) }
        let reordered = SeedArticles.article(Array(paragraphs.reversed()))
        let report = Reanchoring.reanchor(annotations, in: reordered)
        for (annotation, target) in zip(report.annotations, targets) {
            #expect(annotation.status == .anchored)
            #expect(annotation.range == SeedArticles.range(of: target, in: reordered.text))
        }
    }

    @Test func sameSentenceTwiceIsToldApartByContext() {
        let repeated = "This sentence appears twice in the article."
        var paragraphs = SeedArticles.korea
        paragraphs.insert("First: " + repeated + " Then the first context continues.", at: 2)
        paragraphs.append("Second: " + repeated + " And the second context continues.")
        let article = SeedArticles.article(paragraphs)
        let second = SeedArticles.annotation(on: repeated, in: article, occurrence: 2)
        let first = SeedArticles.annotation(on: repeated, in: article, occurrence: 1)
        var edited = paragraphs
        edited.insert("A new paragraph pushes everything down.", at: 0)
        edited.insert("Another new paragraph between the two occurrences.", at: 5)
        let editedArticle = SeedArticles.article(edited)
        let report = Reanchoring.reanchor([second, first], in: editedArticle)
        #expect(report.annotations[0].range == SeedArticles.range(of: repeated, in: editedArticle.text, occurrence: 2))
        #expect(report.annotations[1].range == SeedArticles.range(of: repeated, in: editedArticle.text, occurrence: 1))
    }

    @Test func removedCommentOrphansItsAnnotations() {
        let comment = Comment(id: "c1", author: "A", body: [.paragraph("A comment with a passage.")])
        var article = SeedArticles.article(SeedArticles.korea)
        article.comments = [comment]
        let selector = try! TextSelector(text: comment.text, range: 2..<9)
        let annotation = Annotation(articleID: article.id, part: .comment("c1"), selector: selector)
        #expect(annotation.quote == "comment")
        article.comments = []
        #expect(reanchor(annotation, in: article).status == .orphaned)
    }

    @Test func longQuotesAreFoundFuzzilyByEitherEnd() {
        // Longer than 64 scalars: searched by its first and last 64 scalars.
        let long = "Though the number of troops committed by DPRK will be limited, North Korea has effectively crossed the Rubicon."
        #expect(long.unicodeScalars.count > 100)
        let annotation = SeedArticles.annotation(on: long, in: original)
        for (edit, replacement) in [
            ("troops committed", "troops comitted"),                           // a typo near the start
            ("effectively crossed the Rubicon", "effectively crossed a Rubicon"),  // near the end
            ("Though the number of troops", "Although the count of the troops"),   // the start rewritten
        ] {
            var paragraphs = SeedArticles.korea
            paragraphs.insert("A paragraph inserted above.", at: 1)
            let index = paragraphs.firstIndex { $0.contains(long) }!
            paragraphs[index] = paragraphs[index].replacingOccurrences(of: edit, with: replacement)
            let edited = SeedArticles.article(paragraphs)
            let found = reanchor(annotation, in: edited)
            let expected = long.replacingOccurrences(of: edit, with: replacement)
            #expect(found.status == .fuzzy, "\(replacement)")
            #expect(found.quote == expected, "\(replacement)")
            #expect(found.range == SeedArticles.range(of: expected, in: edited.text), "\(replacement)")
        }
    }

    @Test func unrelatedShortTextIsNotMatchedFuzzily() {
        let article = SeedArticles.article(["Alpha beta gamma delta."])
        let selector = TextSelector(start: 0, end: 10, quote: "zzzzzzzzzz", prefix: "", suffix: "")
        var anchorer = Anchorer(text: ScalarText(article.text))
        #expect(anchorer.anchor(selector) == .notFound)
    }
}
