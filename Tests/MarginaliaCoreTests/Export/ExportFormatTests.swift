import Foundation
import Testing
@testable import MarginaliaCore

@Suite struct ExportFormatTests {
    let document = ExportFixtures.document()

    @Test func csvHasReadwiseColumnsAndRoundTripsEveryField() throws {
        let text = String(decoding: ExportFormat.csv.render(document), as: UTF8.self)
        let rows = try CSVParsing.parse(text)
        #expect(rows[0] == ["Highlight", "Title", "Author", "URL", "Note", "Location", "Date", "Tags", "Status"])
        #expect(rows.count == document.annotations.count + 1)
        for (row, annotation) in zip(rows.dropFirst(), document.annotations) {
            #expect(row.count == 9)
            #expect(row[0] == annotation.quote)
            #expect(row[1] == ExportFixtures.article.title)
            #expect(row[4] == (annotation.note ?? ""))
            #expect(row[5] == String(annotation.start))
            #expect(row[6] == Timestamp.string(annotation.created))
            #expect(row[8] == annotation.status.rawValue)
        }
        let nested = try #require(rows.first { $0[0] == "# hash, `tick`, <i>html</i>" })
        #expect(nested[2] == "Chloé 김")
        #expect(nested[3] == "https://example.org/tricky?x=1#comment-c3")
        #expect(nested[7] == "evidence")
        let hangul = try #require(rows.first { $0[0].hasPrefix("한국어") })
        #expect(hangul[2] == "Jane, \"JJ\" Doe")
        #expect(hangul[7] == "claim, actors/russia, 한국 정치")
        #expect(rows.contains { $0[8] == "orphaned" && $0[0] == "vanished passage" })
    }

    @Test func emptyExportsAreValidDocuments() throws {
        let empty = ExportFixtures.document([])
        #expect(try CSVParsing.parse(String(decoding: ExportFormat.csv.render(empty), as: UTF8.self)).count == 1)
        let json = try JSONSerialization.jsonObject(with: Data(ExportFormat.json.render(empty))) as? [String: Any]
        #expect((json?["annotations"] as? [Any])?.isEmpty == true)
        let w3c = try JSONSerialization.jsonObject(with: Data(ExportFormat.w3c.render(empty))) as? [String: Any]
        #expect(w3c?["total"] as? Int == 0)
        let markdown = String(decoding: ExportFormat.markdown.render(empty), as: UTF8.self)
        #expect(markdown.hasPrefix("# Marginalia annotations\n\nExported 2025-01-01T00:00:00Z: 0 annotations on 0 articles."))
    }

    @Test func w3cAnnotationsCarrySelectorsBodiesAndSources() throws {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(ExportFormat.w3c.render(document))) as? [String: Any])
        #expect(object["type"] as? String == "AnnotationCollection")
        #expect(object["total"] as? Int == document.annotations.count)
        let first = try #require(object["first"] as? [String: Any])
        #expect(first["type"] as? String == "AnnotationPage")
        let items = try #require(first["items"] as? [[String: Any]])
        #expect(items.count == document.annotations.count)
        for (item, annotation) in zip(items, document.annotations) {
            #expect(item["@context"] as? String == "http://www.w3.org/ns/anno.jsonld")
            #expect(item["id"] as? String == "urn:uuid:" + annotation.id.uuidString.lowercased())
            let target = try #require(item["target"] as? [String: Any])
            let selectors = try #require(target["selector"] as? [[String: Any]])
            #expect(selectors[0]["type"] as? String == "TextQuoteSelector")
            #expect(selectors[0]["exact"] as? String == annotation.quote)
            #expect(selectors[1]["type"] as? String == "TextPositionSelector")
            #expect(selectors[1]["start"] as? Int == annotation.start)
            #expect(selectors[1]["end"] as? Int == annotation.end)
            let bodies = item["body"] as? [[String: Any]] ?? []
            let tagNames = bodies.filter { $0["purpose"] as? String == "tagging" }.compactMap { $0["value"] as? String }
            #expect(tagNames == document.tags(of: annotation).map(\.name))
            let notes = bodies.filter { $0["purpose"] as? String == "commenting" }.compactMap { $0["value"] as? String }
            #expect(notes == (annotation.note.map { [$0] } ?? []))
            #expect(item["motivation"] as? String == (annotation.note != nil ? "commenting" : tagNames.isEmpty ? "highlighting" : "tagging"))
            let source = try #require(target["source"] as? String)
            switch annotation.part {
            case .body: #expect(source == "https://example.org/tricky?x=1")
            case .comment(let id): #expect(source == "https://example.org/tricky?x=1#comment-\(id)")
            }
            let marked = bodies.contains { $0["value"] as? String == W3CExporter.orphanMarker }
            #expect(marked == annotation.isOrphaned)
        }
        // Positions count Unicode scalars: the emoji family is 5 scalars.
        let family = try #require(document.annotations.first { $0.quote == "👩‍👩‍👧" })
        #expect(family.end - family.start == 5)
    }

    @Test func positionsCountScalarsInTheCommentsOwnText() throws {
        let nested = try #require(document.annotations.first { $0.part == .comment("c3") })
        let text = ExportFixtures.article.text(of: .comment("c3"))!
        #expect(ScalarText(text).string(nested.range) == nested.quote)
    }

    @Test func articleWithoutURLUsesAFileURI() {
        let article = ExportArticle(id: ArticleID("x"), title: "T", sourcePath: "/tmp/a b/ü#1.txt")
        #expect(article.sourceURI == "file:///tmp/a%20b/%C3%BC%231.txt")
        #expect(article.sourceURI(for: .comment("9f")) == "file:///tmp/a%20b/%C3%BC%231.txt#comment-9f")
        #expect(FileURI.path(of: article.sourceURI) == "/tmp/a b/ü#1.txt")
        #expect(ExportArticle(id: ArticleID("x"), title: "T", sourcePath: "seeds/x.txt").sourceURI.hasSuffix("/seeds/x.txt"))
    }

    @Test func selectionFiltersByArticleAndTagHierarchy() throws {
        let all = ExportFixtures.annotations
        let articles = [ExportArticle(ExportFixtures.article)]
        let byParent = try ExportSelection(tagNames: ["ACTORS"]).document(annotations: all, tags: ExportFixtures.tags, articles: articles)
        #expect(Set(byParent.annotations.map(\.id)) == Set(all.filter {
            $0.tagIDs.contains(ExportFixtures.russia.id) || $0.tagIDs.contains(ExportFixtures.actors.id)
        }.map(\.id)))
        #expect(Set(byParent.tags.tags.map(\.name)) == ["actors", "actors/russia", "claim", "한국 정치"])
        let other = try ExportSelection(articles: [ArticleID("ffff")]).document(annotations: all, tags: ExportFixtures.tags, articles: articles)
        #expect(other.isEmpty)
        #expect(throws: ExportError.unknownTag("nope", known: ExportFixtures.tags.tags.map(\.name))) {
            try ExportSelection(tagNames: ["nope"]).document(annotations: all, tags: ExportFixtures.tags, articles: articles)
        }
    }

    @Test func exportFileIsWrittenAtomicallyAndRefusesFolders() throws {
        let folder = TemporaryFolder()
        try ExportFile.write(Array("one".utf8), to: folder.path + "/out.md")
        try ExportFile.write(Array("two".utf8), to: folder.path + "/out.md")
        #expect(folder.bytes("out.md") == Data("two".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["out.md"])
        #expect(throws: ExportError.outputIsFolder(folder.path)) { try ExportFile.write([], to: folder.path) }
        #expect(throws: ExportError.notWritable(path: folder.path + "/missing/out.md", reason: "the folder \(folder.path)/missing does not exist")) {
            try ExportFile.write([], to: folder.path + "/missing/out.md")
        }
        #expect(throws: ExportError.self) { try ExportFile.write([], to: "/proc/marginalia-export.md") }
    }
}
