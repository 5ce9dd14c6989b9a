import Foundation
import Testing
@testable import MarginaliaCore

@Suite struct RoundTripTests {
    let folder = TemporaryFolder()
    let originals = ExportFixtures.annotations

    func importInto(_ store: AnnotationStore, _ bytes: [UInt8], format: ExportFormat? = nil) throws -> ImportPlan {
        let bundle = try ImportBundle.read(bytes, format: format)
        let existing = try store.allAnnotations().flatMap(\.annotations)
        let plan = AnnotationImporter(articles: [ExportFixtures.article]).plan(bundle, existing: existing, tags: try store.tags())
        try store.apply(plan.change)
        return plan
    }

    @Test func jsonExportThenImportIntoAnEmptyStoreGivesTheSameAnnotationsAndTags() throws {
        let bytes = ExportFormat.json.render(ExportFixtures.document())
        let store = AnnotationStore(directory: folder.path)
        let plan = try importInto(store, bytes)
        #expect(plan.additions.count == originals.count)
        #expect(plan.unmatched.isEmpty)
        let imported = try store.annotations(for: ExportFixtures.article.id)
        #expect(imported.sorted { $0.id.uuidString < $1.id.uuidString } == originals.sorted { $0.id.uuidString < $1.id.uuidString })
        #expect(try store.tags() == ExportFixtures.tags)
        // The second time nothing is added.
        let again = try importInto(store, bytes)
        #expect(again.additions.isEmpty && again.newTags.isEmpty)
        #expect(again.duplicates == originals.count)
        #expect(try store.annotations(for: ExportFixtures.article.id).count == originals.count)
    }

    @Test func exportReanchorsOnTheArticlesCurrentText() throws {
        let store = AnnotationStore(directory: folder.path)
        let article = Article(id: ArticleID("00000000000000e1"), title: "Edited", body: [.paragraph("Alpha beta gamma.")])
        let selector = try TextSelector(text: article.text, range: 6..<10)
        try store.add(Annotation(articleID: article.id, selector: selector, tagIDs: [TagSet.defaults.tags[0].id]))
        // The article gains a paragraph before the passage: the export gives the new position, and saves it.
        var edited = article
        edited.body.insert(.paragraph("New first paragraph."), at: 0)
        let document = try ExportRequest.gather(store: store, library: [edited])
        let exported = try #require(document.annotations.first)
        #expect(exported.quote == "beta")
        #expect(exported.start == 6 + "New first paragraph.\n\n".unicodeScalars.count)
        #expect(try store.annotations(for: article.id).first?.start == exported.start)
    }

    @Test func w3cExportThenImportGivesTheSameQuotesRangesAndTags() throws {
        let bytes = ExportFormat.w3c.render(ExportFixtures.document())
        let store = AnnotationStore(directory: folder.path)
        let plan = try importInto(store, bytes, format: .w3c)
        #expect(plan.additions.count == originals.count)
        let tags = try store.tags()
        let imported = Dictionary(uniqueKeysWithValues: try store.annotations(for: ExportFixtures.article.id).map { ($0.id, $0) })
        for original in originals {
            let copy = try #require(imported[original.id])
            #expect(copy.quote == original.quote)
            #expect(copy.range == original.range)
            #expect(copy.part == original.part)
            #expect(copy.prefix == original.prefix && copy.suffix == original.suffix)
            #expect(copy.tagIDs.map { tags[$0]?.name } == original.tagIDs.map { ExportFixtures.tags[$0]?.name })
            #expect(copy.note == original.note)
            #expect(copy.created == original.created && copy.modified == original.modified)
            #expect(copy.isOrphaned == original.isOrphaned)
        }
        // The tags that were not in the store yet were created; the default ones were reused.
        #expect(Set(plan.newTags.map(\.name)) == ["actors", "actors/russia", "한국 정치"])
        let again = try importInto(store, bytes)
        #expect(again.additions.isEmpty && again.newTags.isEmpty && again.duplicates == originals.count)
    }

    @Test func importedTagsKeepTheirDefinitionsButNotATakenKey() throws {
        let store = AnnotationStore(directory: folder.path)
        try store.addTag(Tag(name: "mine", color: .white, key: "r"))
        let plan = try importInto(store, ExportFormat.json.render(ExportFixtures.document()))
        let russia = try #require(try store.tags().tag(named: "actors/russia"))
        #expect(russia.id == ExportFixtures.russia.id && russia.color == .red && russia.key == nil)
        #expect(russia.description == ExportFixtures.russia.description)
        #expect(plan.warnings == ["tag 'actors/russia': key 'r' is already bound to 'mine'; imported without a key"])
    }

    @Test func sameArticlePartRangeAndQuoteUnderAnotherIDIsADuplicate() throws {
        let store = AnnotationStore(directory: folder.path)
        var copy = originals[1]
        copy.id = UUID()
        try store.add(copy)
        let plan = try importInto(store, ExportFormat.json.render(ExportFixtures.document([originals[1]])))
        #expect(plan.additions.isEmpty && plan.duplicates == 1)
    }
}
