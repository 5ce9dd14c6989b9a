import Testing
@testable import MarginaliaCore

/// The annotation lists' filter and the tag picker's matching.
@Suite struct FilterTests {
    let tags: TagSet = {
        var tags = TagSet.defaults
        try! tags.add(Tag(name: "actors/russia", color: .red))
        try! tags.add(Tag(name: "questionable", color: .blue))
        return tags
    }()

    @Test func tagPickerOrdersExactThenPrefixThenInner() {
        #expect(TagFilter.matching("question", in: tags).map(\.name) == ["question", "questionable"])
        #expect(TagFilter.matching("RUS", in: tags).map(\.name) == ["actors/russia"])
        #expect(TagFilter.matching("i", in: tags).map(\.name) == ["important", "claim", "evidence", "question", "actors/russia", "questionable"])
        #expect(TagFilter.matching("", in: tags).count == 7)
        #expect(TagFilter.matching("zzz", in: tags).isEmpty)
    }

    @Test func tagPickerCreatesOnlyNewValidNames() {
        #expect(TagFilter.wouldCreate("method", in: tags))
        #expect(!TagFilter.wouldCreate("Claim", in: tags))
        #expect(!TagFilter.wouldCreate("  ", in: tags))
        #expect(!TagFilter.wouldCreate("a//b", in: tags))
    }

    @Test func annotationFilterMatchesTagAndText() {
        let claim = tags.tag(named: "claim")!.id
        let selector = TextSelector(start: 0, end: 5, quote: "North Korea crossed", prefix: "", suffix: "")
        let annotation = Annotation(articleID: ArticleID("00000000000000a1"), selector: selector, tagIDs: [claim], note: "Check the Rubicon")
        #expect(AnnotationFilter().matches(annotation, tags: tags))
        #expect(AnnotationFilter(tag: claim).matches(annotation, tags: tags))
        #expect(!AnnotationFilter(tag: tags.tag(named: "quote")!.id).matches(annotation, tags: tags))
        #expect(AnnotationFilter(text: "korea").matches(annotation, tags: tags))
        #expect(AnnotationFilter(text: "rubicon").matches(annotation, tags: tags))
        #expect(AnnotationFilter(text: "CLAIM").matches(annotation, tags: tags))
        #expect(AnnotationFilter(text: "soldiers", ).matches(annotation, tags: tags, title: "3,000 soldiers"))
        #expect(!AnnotationFilter(tag: claim, text: "ukraine").matches(annotation, tags: tags))
    }
}
