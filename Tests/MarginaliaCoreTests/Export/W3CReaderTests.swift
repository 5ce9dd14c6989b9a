import Foundation
import Testing
@testable import MarginaliaCore

@Suite struct W3CReaderTests {
    let article = ExportFixtures.article

    func read(_ json: String) throws -> ImportBundle { try ImportBundle.read(Array(json.utf8)) }

    func plan(_ json: String, articles: [Article] = [ExportFixtures.article]) throws -> ImportPlan {
        AnnotationImporter(articles: articles).plan(try read(json), existing: [], tags: .defaults)
    }

    @Test func hypothesisStyleAnnotationWithoutPositionIsAnchoredByQuote() throws {
        let plan = try plan("""
            {"rows": [{"id": "AbCd1234", "uri": "https://example.org/tricky?x=1&utm_source=feed",
              "created": "2024-11-02T10:00:00.123+01:00", "updated": "2024-11-03T10:00:00+00:00",
              "text": "A Hypothesis note", "tags": ["claim", "new/tag"],
              "document": {"title": ["Tricky"]},
              "target": [{"source": "https://example.org/tricky?x=1",
                "selector": [{"type": "RangeSelector", "startContainer": "/p[1]", "endContainer": "/p[1]", "startOffset": 0, "endOffset": 5},
                             {"type": "TextQuoteSelector", "exact": "Last paragraph", "prefix": "emoji.\\n\\n"}]}]}]}
            """)
        #expect(plan.additions.count == 1)
        let annotation = plan.additions[0]
        #expect(annotation.articleID == article.id)
        #expect(annotation.status == .anchored)
        #expect(ScalarText(article.text).string(annotation.range) == "Last paragraph")
        #expect(annotation.note == "A Hypothesis note")
        #expect(annotation.tagIDs.first == TagID("default-claim"))
        #expect(plan.newTags.map(\.name) == ["new/tag"])
        #expect(Timestamp.string(annotation.created) == "2024-11-02T09:00:00Z")
        #expect(Timestamp.string(annotation.modified) == "2024-11-03T10:00:00Z")
        // The id is derived from the tool's id, so a second import is recognised.
        let again = AnnotationImporter(articles: [article]).plan(try read("""
            {"id": "AbCd1234", "type": "Annotation", "target": {"source": "https://example.org/tricky?x=1",
             "selector": {"type": "TextQuoteSelector", "exact": "Last paragraph"}}}
            """), existing: plan.additions, tags: .defaults)
        #expect(again.additions.isEmpty && again.duplicates == 1)
    }

    @Test func singleAnnotationOnANestedCommentFindsThePart() throws {
        let plan = try plan("""
            {"@context": "http://www.w3.org/ns/anno.jsonld", "id": "urn:uuid:0b6e4a1c-3c1f-4a51-9d7e-6f1f2b3c4d5e",
             "type": "Annotation", "motivation": "tagging", "body": {"type": "TextualBody", "value": "evidence"},
             "target": {"source": "https://example.org/tricky?x=1#comment-c3",
               "selector": [{"type": "TextPositionSelector", "start": 20, "end": 26}, {"type": "TextQuoteSelector", "exact": "`tick`"}]}}
            """)
        let annotation = try #require(plan.additions.first)
        #expect(annotation.id == UUID(uuidString: "0b6e4a1c-3c1f-4a51-9d7e-6f1f2b3c4d5e"))
        #expect(annotation.part == .comment("c3"))
        #expect(annotation.quote == "`tick`")
        #expect(annotation.range == 22..<28)  // the stale position is corrected by the quote
        #expect(annotation.tagIDs == [TagID("default-evidence")])
    }

    @Test func pageOfAnnotationsOnAnUnknownArticleIsKeptAsOrphansAndListed() throws {
        let plan = try plan("""
            {"type": "AnnotationPage", "items": [
              {"type": "Annotation", "target": {"source": "https://elsewhere.example/post",
               "selector": {"type": "TextQuoteSelector", "exact": "not in any article we have"}}},
              {"type": "Annotation", "target": "https://elsewhere.example/whole-page"}]}
            """)
        #expect(plan.additions.count == 1)
        #expect(plan.unmatched.map(\.place) == ["$.items[0]"])
        #expect(plan.unmatched[0].article == "https://elsewhere.example/post")
        #expect(plan.additions[0].status == .orphaned)
        #expect(plan.additions[0].articleID == ArticleIdentity.baseID(title: "", url: "https://elsewhere.example/post"))
        #expect(try read("{\"type\": \"AnnotationPage\", \"items\": [{\"type\": \"Annotation\", \"target\": \"https://x.example\"}]}").skipped
            == ["$.items[0]: no TextQuoteSelector (a note on a whole page?); not imported"])
    }

    @Test func articleIsFoundByFileURIOrByQuoteAlone() throws {
        var moved = article
        moved.url = nil
        let byFile = try plan("""
            [{"type": "Annotation", "target": {"source": "file:///somewhere/else/tricky.txt",
              "selector": {"type": "TextQuoteSelector", "exact": "Plain start"}}}]
            """, articles: [moved])
        #expect(byFile.additions.first?.articleID == article.id && byFile.unmatched.isEmpty)
        let byQuote = try plan("""
            [{"type": "Annotation", "target": {"source": "urn:x:unknown",
              "selector": {"type": "TextQuoteSelector", "exact": "Plain start, with commas"}}}]
            """, articles: [moved])
        #expect(byQuote.additions.first?.articleID == article.id && byQuote.unmatched.isEmpty)
    }

    @Test(arguments: [
        ("{\"type\": \"AnnotationCollection\", \"total\": 1, \"first\": \"urn:page:1\"}", "$.first"),
        ("{\"type\": \"AnnotationPage\", \"items\": [{\"type\": \"Annotation\"}]}", "$.items[0]"),
        ("{\"type\": \"AnnotationPage\", \"items\": [{\"type\": \"Annotation\", \"target\": {\"source\": \"x\", \"selector\": [{\"type\": \"TextQuoteSelector\", \"exact\": \"abc\"}, {\"type\": \"TextPositionSelector\", \"start\": 5, \"end\": 2}]}}]}", "$.items[0].target.selector[1].end"),
        ("[{\"type\": \"Annotation\", \"created\": \"yesterday\", \"target\": {\"source\": \"x\", \"selector\": {\"type\": \"TextQuoteSelector\", \"exact\": \"abc\"}}}]", "$[0].created"),
        ("[{\"type\": \"Annotation\", \"body\": [{\"type\": \"TextualBody\", \"purpose\": \"tagging\", \"value\": \"a//b\"}], \"target\": {\"source\": \"x\", \"selector\": {\"type\": \"TextQuoteSelector\", \"exact\": \"abc\"}}}]", "$[0].body[0].value"),
        ("[{\"type\": \"Annotation\", \"target\": {\"source\": \"x\", \"selector\": {\"type\": \"TextQuoteSelector\", \"exact\": 3}}}]", "$[0].target.selector.exact"),
        ("{\"type\": \"Annotation\", \"target\": {\"source\": \"x\", \"selector\": {\"type\": \"TextQuoteSelector\", \"exact\": \"ok\"}}, \"id\": 7}", "$.id"),
    ])
    func malformedInputNamesThePlace(json: String, place: String) throws {
        do {
            _ = try read(json)
            Issue.record("no error for \(json)")
        } catch {
            guard case .malformed(let at, _)? = error as? AnnotationImportError else {
                Issue.record("unexpected \(error)")
                return
            }
            #expect(at == place)
        }
    }

    @Test func marginaliaJSONErrorsNameThePlace() throws {
        var text = String(decoding: ExportFormat.json.render(ExportFixtures.document()), as: UTF8.self)
        text = text.replacingOccurrences(of: "\"start\":13", with: "\"start\":\"thirteen\"")
        #expect(throws: AnnotationImportError.self) { try read(text) }
        do {
            _ = try read(text)
        } catch {
            guard case .malformed(let at, _)? = error as? AnnotationImportError else { Issue.record("unexpected \(error)"); return }
            #expect(at.hasPrefix("$.annotations[") && at.hasSuffix("].start"))
        }
        #expect(throws: AnnotationImportError.newerSchema(found: 99, supported: 1)) {
            try read("{\"format\": \"marginalia-annotations\", \"schema\": 99, \"annotations\": []}")
        }
        #expect(throws: AnnotationImportError.malformed(at: "$.annotations[0].tags[0]", "tag id nope is not defined in $.tags")) {
            try read("""
                {"format": "marginalia-annotations", "schema": 1, "tags": [], "annotations": [{"id": "00000000-0000-4000-8000-000000000001",
                 "article": "a1", "part": "body", "start": 0, "end": 1, "quote": "x", "tags": ["nope"],
                 "created": "2024-11-02T09:15:00Z", "modified": "2024-11-02T09:15:00Z", "status": "anchored"}]}
                """)
        }
        #expect(throws: AnnotationImportError.malformed(at: "$.tags[0].key", "invalid key 'ab': a shortcut key is exactly one printable character")) {
            try read(#"{"format": "marginalia-annotations", "schema": 1, "tags": [{"id": "t", "name": "x", "color": "red", "key": "ab"}], "annotations": []}"#)
        }
        #expect(throws: AnnotationImportError.self) { try read("{\"hello\": 1}") }
        #expect(throws: AnnotationImportError.self) { try read("{\"type\": ") }
    }
}
