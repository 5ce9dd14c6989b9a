import Testing
@testable import MarginaliaCore

@Suite struct ArticleResolverTests {
    static func article(_ id: String, _ title: String, _ path: String) -> Article {
        Article(id: ArticleID(id), title: title, body: [.paragraph("x")], sourcePath: path)
    }

    let articles = [
        article("c0a91f7480b9ba36", "At least 3,000 North Korean soldiers", "seeds/000_c0a91f7480b9ba36.txt"),
        article("fad1952b841b7729", "North Korea - The Fight for Relevance", "seeds/003_fad1952b841b7729.txt"),
        article("fa00000000000000", "Rohingya Refugees", "other/010_rohingya.txt"),
    ]

    @Test func resolvesEachAcceptedForm() throws {
        #expect(try ArticleResolver.resolve("c0a91f7480b9ba36", in: articles).id.rawValue == "c0a91f7480b9ba36")
        #expect(try ArticleResolver.resolve("fad1", in: articles).id.rawValue == "fad1952b841b7729")
        #expect(try ArticleResolver.resolve("seeds/003_fad1952b841b7729.txt", in: articles).title.hasPrefix("North Korea -"))
        #expect(try ArticleResolver.resolve("./seeds//003_fad1952b841b7729.txt", in: articles).title.hasPrefix("North Korea -"))
        #expect(try ArticleResolver.resolve("000", in: articles).title.hasPrefix("At least"))
        #expect(try ArticleResolver.resolve("010_rohingya", in: articles).title == "Rohingya Refugees")
        #expect(try ArticleResolver.resolve("ROHINGYA", in: articles).title == "Rohingya Refugees")
    }

    @Test func ambiguousQueriesListTheCandidates() {
        #expect(throws: ResolveError.self) { try ArticleResolver.resolve("fa", in: articles) }
        do {
            _ = try ArticleResolver.resolve("north korea", in: articles)
            Issue.record("expected an ambiguity")
        } catch {
            guard case .ambiguous(_, let candidates) = error else { Issue.record("wrong error \(error)"); return }
            #expect(candidates.count == 2)
            #expect(error.description.contains("c0a91f74"))
            #expect(error.description.contains("fad1952b"))
        }
    }

    @Test func unknownQueriesListEveryArticle() {
        do {
            _ = try ArticleResolver.resolve("zebra", in: articles)
            Issue.record("expected not found")
        } catch {
            guard case .notFound(let query, let candidates) = error else { Issue.record("wrong error"); return }
            #expect(query == "zebra")
            #expect(candidates.count == 3)
        }
    }
}
