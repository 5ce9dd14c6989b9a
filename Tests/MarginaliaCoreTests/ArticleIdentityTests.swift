import Foundation
import Testing
@testable import MarginaliaCore

@Suite struct ArticleIdentityTests {
    static let page = """
        The Quiet Return of Industrial Policy

        For three decades the phrase was almost unsayable in polite economic company, and those who used it were told to read their Hayek again.

        Now every large economy has one, and the arguments have moved from whether to how, and from how much to how fast.
        """

    @Test func moveAndRenameKeepTheId() throws {
        let folder = try TestFiles.temporaryFolder()
        let first = folder.appendingPathComponent("a.txt")
        try Data(Self.page.utf8).write(to: first)
        let before = try ScrapedTextImporter().importArticle(atPath: first.path)
        let sub = folder.appendingPathComponent("moved/deeper")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        let second = sub.appendingPathComponent("renamed-001.txt")
        try FileManager.default.moveItem(at: first, to: second)
        let after = try ScrapedTextImporter().importArticle(atPath: second.path)
        #expect(before.id == after.id)
        #expect(before.sourcePath != after.sourcePath)
    }

    @Test func aTypoFixKeepsTheId() throws {
        let original = try TestFiles.importText(Self.page)
        let fixed = try TestFiles.importText(Self.page.replacingOccurrences(of: "unsayable", with: "unsayble"))
        #expect(original.text != fixed.text)
        #expect(original.id == fixed.id)
        // Also inside a library, where collisions are checked.
        let library = ArticleIdentity.assignIDs([original], known: [:])
        let again = ArticleIdentity.assignIDs([fixed], known: [library[0].id: library[0].body])
        #expect(again[0].id == original.id)
    }

    @Test func titleNormalisationIgnoresCaseQuotesPunctuationAndSpacing() {
        let a = ArticleIdentity.baseID(title: "“At least 3,000 North Korean soldiers now inside Russia, US says”", url: nil)
        let b = ArticleIdentity.baseID(title: "At least 3000 north korean soldiers now inside  Russia US says", url: nil)
        #expect(a == b)
        #expect(ArticleIdentity.normalize("Good or Bad—It’s Tricky") == "good or bad its tricky")
    }

    @Test func theURLDecidesWhenThePageGivesOne() {
        let a = ArticleIdentity.baseID(title: "Old title", url: "https://www.Example.org/post/?utm_source=x#comments")
        let b = ArticleIdentity.baseID(title: "New title", url: "http://example.org/post")
        #expect(a == b)
        #expect(a != ArticleIdentity.baseID(title: "Old title", url: "https://example.org/other"))
    }

    @Test func twoDifferentArticlesGetDifferentIds() throws {
        let a = try TestFiles.importText(Self.page)
        let b = try TestFiles.importText("Rohingya Refugees\n\nA different article entirely.")
        #expect(a.id != b.id)
    }

    @Test func sameTitleDifferentBodiesGetDifferentIdsAndTheFirstKeepsTheBase() throws {
        let folder = try TestFiles.temporaryFolder()
        try Data("Weekly Links\n\nLinks about trade, tariffs and ports this week.".utf8).write(to: folder.appendingPathComponent("1.txt"))
        try Data("Weekly Links\n\nLinks about music festivals and guitars instead.".utf8).write(to: folder.appendingPathComponent("2.txt"))
        try Data("Weekly Links\n\nLinks about trade, tariffs and ports this week.".utf8).write(to: folder.appendingPathComponent("3-copy.txt"))
        let library = Library(loading: [folder.path])
        #expect(library.articles.count == 3)
        let base = ArticleIdentity.baseID(title: "Weekly Links", url: nil)
        #expect(library.articles[0].id == base)
        #expect(library.articles[1].id != base)
        #expect(library.articles[1].warnings.count == 1)
        // A copy of the first article is the same article: same id.
        #expect(library.articles[2].id == base)
        // Re-loading gives the same ids.
        #expect(Library(loading: [folder.path]).articles.map(\.id) == library.articles.map(\.id))
    }

    /// Shingles are computed only on collisions; the ids must still follow the documented rule exactly.
    @Test func idsFollowTheRuleWithShinglesComputedOnlyOnCollisions() throws {
        let trade = "Links about trade, tariffs and ports this week, with notes on shipping."
        let music = "Links about music festivals and guitars instead, with notes on touring."
        let books = "Links about novels and poetry collections, with notes on translation."
        let first = try TestFiles.importText("Weekly Links\n\n" + trade)
        let other = try TestFiles.importText("Rohingya Refugees\n\nA different article entirely.")
        let second = try TestFiles.importText("Weekly Links\n\n" + music)
        let secondCopy = try TestFiles.importText("Weekly Links\n\n" + music)
        let third = try TestFiles.importText("Weekly Links\n\n" + books)
        let base = ArticleIdentity.baseID(title: "Weekly Links", url: nil)
        let ids = ArticleIdentity.assignIDs([first, other, second, secondCopy, third]).map(\.id)
        let secondID = ArticleIdentity.disambiguatedID(base: base, body: second.body)
        #expect(ids == [base, other.id, secondID, secondID, ArticleIdentity.disambiguatedID(base: base, body: third.body)])
        // A known holder of the base id with a different body: the first article is told apart too.
        let known = ArticleIdentity.assignIDs([first, other], known: [base: second.body]).map(\.id)
        #expect(known == [ArticleIdentity.disambiguatedID(base: base, body: first.body), other.id])
        // A known holder with the same body keeps the id, with no warning.
        let same = ArticleIdentity.assignIDs([first], known: [base: first.body])
        #expect(same.map(\.id) == [base])
        #expect(same[0].warnings.isEmpty)
    }

    @Test func similarityIsJaccardOfShingles() {
        let a = ArticleIdentity.shingles([.paragraph("one two three four")])
        let b = ArticleIdentity.shingles([.paragraph("one two three five")])
        #expect(a.count == 2)
        #expect(ArticleIdentity.similarity(a, b) == 1.0 / 3.0)
        #expect(ArticleIdentity.similarity(a, a) == 1)
    }
}

@Suite struct LibraryTests {
    @Test func loadsFoldersRecursivelySkippingHiddenAndOtherExtensions() throws {
        let folder = try TestFiles.temporaryFolder()
        let sub = folder.appendingPathComponent("sub")
        let hidden = folder.appendingPathComponent(".git")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: hidden, withIntermediateDirectories: true)
        try Data("B title\n\nBody.".utf8).write(to: sub.appendingPathComponent("b.txt"))
        try Data("A title\n\nBody.".utf8).write(to: folder.appendingPathComponent("a.text"))
        try Data("Hidden\n\nBody.".utf8).write(to: hidden.appendingPathComponent("h.txt"))
        try Data("Hidden file\n\nBody.".utf8).write(to: folder.appendingPathComponent(".h.txt"))
        try Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]).write(to: folder.appendingPathComponent("image.png"))
        let library = Library(loading: [folder.path])
        #expect(library.articles.map(\.title) == ["A title", "B title"])
        #expect(library.failures.isEmpty)
    }

    @Test func oneBadFileIsReportedAndTheRestLoad() throws {
        let folder = try TestFiles.temporaryFolder()
        try Data("Good\n\nBody.".utf8).write(to: folder.appendingPathComponent("good.txt"))
        try Data([0x7F, 0x45, 0x4C, 0x46, 2, 1]).write(to: folder.appendingPathComponent("elf.txt"))
        let missing = folder.appendingPathComponent("missing.txt").path
        let library = Library(loading: [folder.path, missing])
        #expect(library.articles.map(\.title) == ["Good"])
        #expect(library.failures.map(\.path) == [missing, folder.appendingPathComponent("elf.txt").path])
        #expect(library.failures[1].message.hasSuffix("not a text file (ELF executable)"))
    }

    @Test func resolvesPathsWrittenDifferently() throws {
        let seeds = TestFiles.packageRoot.appendingPathComponent("seeds").path
        let library = Library(loading: [seeds])
        let roundabout = seeds + "/../seeds/./003_fad1952b841b7729.txt"
        #expect(try library.resolve(roundabout).title.hasPrefix("North Korea - The Fight"))
        #expect(try library.resolve("003").title.hasPrefix("North Korea - The Fight"))
    }

    @Test func theSeedsLoadWithUniqueIds() {
        let library = Library(loading: [TestFiles.packageRoot.appendingPathComponent("seeds").path])
        #expect(library.articles.count == 2)
        #expect(Set(library.articles.map(\.id)).count == 2)
        #expect(library.failures.isEmpty)
    }
}
