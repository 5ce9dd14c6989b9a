import Foundation
import Testing
@testable import MarginaliaCore

@Suite struct BadInputTests {
    func importBytes(_ bytes: [UInt8], path: String = "page.txt") throws(ImportError) -> Article {
        try ScrapedTextImporter().importArticle(bytes: bytes, sourcePath: path)
    }

    @Test func crlfAndCRLineEndingsAreNormalised() throws {
        let crlf = try importBytes(Array("Title\r\n\r\nOne\r\nline.\r\n\r\nTwo.\r\n".utf8))
        let cr = try importBytes(Array("Title\r\rOne\rline.\r\rTwo.\r".utf8))
        for article in [crlf, cr] {
            #expect(article.title == "Title")
            #expect(article.body == [.paragraph("One line."), .paragraph("Two.")])
            #expect(article.warnings.isEmpty)
        }
    }

    @Test func aByteOrderMarkIsDropped() throws {
        let article = try importBytes([0xEF, 0xBB, 0xBF] + Array("Title\n\nBody.".utf8))
        #expect(article.title == "Title")
        #expect(article.title.unicodeScalars.first == "T")
        #expect(article.warnings.isEmpty)
    }

    @Test func invalidUTF8BecomesReplacementCharactersWithAWarning() throws {
        let article = try importBytes(Array("Caf".utf8) + [0xE9] + Array("\n\nBad ".utf8) + [0xC3, 0x28, 0xFF, 0xF0, 0x9F] + Array(" end.".utf8))
        #expect(article.title == "Caf\u{FFFD}")
        #expect(article.body == [.paragraph("Bad \u{FFFD}(\u{FFFD}\u{FFFD} end.")])
        #expect(article.warnings == ["replaced 4 invalid UTF-8 sequences with U+FFFD"])
    }

    @Test func controlCharactersAndEscapeSequencesAreRemovedWithAWarning() throws {
        let text = "Ti\u{7}tle\n\n\u{1B}[31mRed\u{1B}[0m text\u{1B}]8;;https://x.example\u{7}link\u{1B}]8;;\u{7} and \u{9B}2Jcsi, \u{85}C1, \u{1B}(B done\u{8}."
        let article = try importBytes(Array(text.utf8))
        #expect(article.title == "Title")
        #expect(article.body == [.paragraph("Red textlink and csi, C1, done.")])
        #expect(article.warnings == ["removed 6 terminal escape sequences", "removed 3 control characters"])
        let everything = article.title + article.text
        #expect(!everything.unicodeScalars.contains { $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) })
    }

    @Test func tabsAreKeptAsWhitespace() throws {
        let article = try importBytes(Array("Title\n\nOne\ttwo\t\tthree.".utf8))
        #expect(article.body == [.paragraph("One two three.")])
        #expect(article.warnings.isEmpty)
    }

    @Test func emptyAndWhitespaceOnlyFilesAreErrors() {
        for bytes in [[], Array("   \n\t\n\u{A0}\n\r\n".utf8), Array("\u{1B}[0m\n".utf8)] as [[UInt8]] {
            #expect(throws: ImportError.empty(path: "page.txt")) { try importBytes(bytes) }
        }
    }

    @Test func binaryFilesAreErrors() {
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]
        let elf: [UInt8] = [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0]
        let nul: [UInt8] = Array("Looks like text\n\nbut has a ".utf8) + [0] + Array(" byte".utf8)
        #expect(throws: ImportError.binary(path: "page.txt", kind: "PNG image")) { try importBytes(png) }
        #expect(throws: ImportError.binary(path: "page.txt", kind: "ELF executable")) { try importBytes(elf) }
        #expect(throws: ImportError.binary(path: "page.txt", kind: "contains NUL bytes")) { try importBytes(nul) }
    }

    @Test func theRealTestRunnerBinaryIsRejected() throws {
        // The running test executable is an ELF file on Linux.
        let path = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
        #expect(throws: ImportError.binary(path: path, kind: "ELF executable")) {
            try ScrapedTextImporter().importArticle(atPath: path)
        }
    }

    @Test func directoryMissingAndUnreadableFilesAreErrors() throws {
        let folder = try TestFiles.temporaryFolder()
        #expect(throws: ImportError.directory(path: folder.path)) { try ScrapedTextImporter().importArticle(atPath: folder.path) }
        let missing = folder.appendingPathComponent("nope.txt").path
        #expect(throws: ImportError.missing(path: missing)) { try ScrapedTextImporter().importArticle(atPath: missing) }
        let locked = folder.appendingPathComponent("locked.txt")
        try Data("Title\n\nBody.".utf8).write(to: locked)
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: locked.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: locked.path) }
        if getuid() != 0 {  // root reads any file whatever its mode
            #expect(throws: ImportError.unreadable(path: locked.path, reason: "permission denied")) {
                try ScrapedTextImporter().importArticle(atPath: locked.path)
            }
        }
        // A file that opens but fails to read (EIO even for root): /proc/self/mem at offset 0.
        #expect(throws: ImportError.unreadable(path: "/proc/self/mem", reason: "input/output error")) {
            try ScrapedTextImporter().importArticle(atPath: "/proc/self/mem")
        }
    }

    @Test func errorMessagesAreOneLineAndNameTheFile() {
        let errors: [ImportError] = [
            .empty(path: "a.txt"), .binary(path: "b.png", kind: "PNG image"), .directory(path: "dir"),
            .unreadable(path: "c.txt", reason: "permission denied"), .missing(path: "d.txt"),
        ]
        for error in errors {
            #expect(error.description.hasPrefix(error.path + ": "))
            #expect(!error.description.contains("\n"))
        }
    }

    @Test func largeFilesAreMappedCleanedInPlaceAndLeftUnchangedOnDisk() throws {
        // Over FileReader.mapThreshold, so the memory-mapped path runs: CRLF and an escape make it write to
        // the private mapping, an invalid byte makes it copy; the file itself must not change.
        var text = "Big Page\r\n\r\n"
        let paragraph = String(repeating: "word ", count: 200) + "end.\r\n\r\n"
        while text.utf8.count < FileReader.mapThreshold + 1000 { text += paragraph }
        let bytes = Array(text.utf8) + Array("\u{1B}[1mLast".utf8) + [0xFF] + Array(" paragraph.\r\n".utf8)
        let file = try TestFiles.temporaryFolder().appendingPathComponent("big.txt")
        try Data(bytes).write(to: file)
        let article = try ScrapedTextImporter().importArticle(atPath: file.path)
        #expect(article.title == "Big Page")
        #expect(article.body.count > 200)
        #expect(article.body.dropLast().allSatisfy { $0.text.hasSuffix("word end.") })
        #expect(article.body.last == .paragraph("Last\u{FFFD} paragraph."))
        #expect(article.warnings == ["replaced 1 invalid UTF-8 sequence with U+FFFD", "removed 1 terminal escape sequence"])
        #expect(try Data(contentsOf: file) == Data(bytes))
        // The same bytes through the in-memory path give the same article.
        #expect(try importBytes(bytes, path: file.path) == article)
    }

    @Test func aOneLineFileIsATitleWithAnEmptyBody() throws {
        let article = try importBytes(Array("Only a title".utf8))
        #expect(article.title == "Only a title")
        #expect(article.body.isEmpty)
        #expect(article.comments.isEmpty)
        #expect(article.text == "")
    }

    @Test func whitespaceOnlyLinesWithNoBreakSpacesSeparateParagraphs() throws {
        let article = try importBytes(Array("Title\n\nOne\u{A0}\u{A0} two.\n\u{A0}\nThree\u{2009}four.\n \t \nFive.".utf8))
        #expect(article.body == [.paragraph("One two."), .paragraph("Three four."), .paragraph("Five.")])
    }
}
