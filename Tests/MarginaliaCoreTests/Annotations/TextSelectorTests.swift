import Testing
@testable import MarginaliaCore

@Suite struct TextSelectorTests {
    @Test func selectorKeepsQuoteAndContext() throws {
        let text = String(repeating: "a", count: 40) + "QUOTE" + String(repeating: "b", count: 40)
        let selector = try TextSelector(text: text, range: 40..<45)
        #expect(selector.quote == "QUOTE")
        #expect(selector.prefix == String(repeating: "a", count: 32))
        #expect(selector.suffix == String(repeating: "b", count: 32))
    }

    @Test func rangeSnapsOutwardToGraphemeClusters() throws {
        // "e" + combining acute (2 scalars), a flag (2 scalars), a family emoji joined by ZWJ (5 scalars).
        let text = "xe\u{301}y🇰🇷z👨‍👩‍👧w"
        // Starting inside the accented e and ending inside the flag widens to both whole clusters.
        let selector = try TextSelector(text: text, range: 2..<5)
        #expect(selector.start == 1 && selector.end == 6)
        #expect(selector.quote == "e\u{301}y🇰🇷")
        let family = try TextSelector(text: text, range: 9..<10)
        #expect(family.quote == "👨‍👩‍👧")
        #expect(ScalarText(text).isGraphemeBoundary(6))
        #expect(!ScalarText(text).isGraphemeBoundary(2))
    }

    @Test func badRangesAreRefused() {
        #expect(throws: AnchoringError.emptyRange(1)) { try TextSelector(text: "abc", range: 1..<1) }
        #expect(throws: AnchoringError.rangeOutOfBounds(1..<9, length: 3)) { try TextSelector(text: "abc", range: 1..<9) }
    }

    @Test func annotationRoundTripsThroughJSON() throws {
        let selector = try TextSelector(text: "Hello, world", range: 7..<12)
        let annotation = Annotation(
            articleID: ArticleID("0123456789abcdef"), part: .comment("c-1"), selector: selector,
            tagIDs: [TagID("default-claim")], note: "a note")
        let data = try JSONEncoder().encode(annotation)
        let decoded = try JSONDecoder().decode(Annotation.self, from: data)
        #expect(decoded == annotation)
        let json = String(decoding: data, as: UTF8.self)
        #expect(json.contains("\"part\":\"c-1\""))
    }

    @Test func timestampsAreISO8601UTC() {
        let date = Date(timeIntervalSince1970: 1_730_538_900)
        #expect(Timestamp.string(date) == "2024-11-02T09:15:00Z")
        #expect(Timestamp.parse("2024-11-02T09:15:00Z") == date)
        #expect(Timestamp.parse("2024-11-02T10:15:00+01:00") == date)
        #expect(Timestamp.parse("1969-12-31T23:59:59Z") == Date(timeIntervalSince1970: -1))
        #expect(Timestamp.string(Date(timeIntervalSince1970: -1)) == "1969-12-31T23:59:59Z")
        #expect(Timestamp.parse("2024-13-02T09:15:00Z") == nil)
        #expect(Timestamp.parse("yesterday") == nil)
    }
}

import Foundation
