import Foundation
import Testing

/// Bad input through the command line: a one-line error naming the file on stderr, a non-zero exit,
/// nothing on stdout, no crash.
@Suite struct BadInputCLITests {
    static func write(_ bytes: [UInt8], named name: String) throws -> URL {
        let url = try MarginCLI.temporaryFolder().appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url
    }

    @Test(arguments: [
        ("empty.txt", [UInt8](), "the file is empty (no text to import)"),
        ("blank.txt", Array("  \n\u{A0}\n\t\n".utf8), "the file is empty (no text to import)"),
        ("image.png", [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], "not a text file (PNG image)"),
        ("program", [0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0, 0, 0], "not a text file (ELF executable)"),
        ("nul.txt", Array("Text\n\nwith a ".utf8) + [0] + Array("NUL".utf8), "not a text file (contains NUL bytes)"),
    ])
    func showRejectsBadFilesWithOneLine(name: String, bytes: [UInt8], message: String) throws {
        let file = try Self.write(bytes, named: name)
        let result = try MarginCLI.run(["show", file.path])
        #expect(result.exitCode == 1)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "margin: \(file.path): \(message)\n")
    }

    @Test func showOfAMissingFileOrADirectory() throws {
        let folder = try MarginCLI.temporaryFolder()
        let missing = try MarginCLI.run(["show", "--library", folder.appendingPathComponent("nope.txt").path, "x"])
        #expect(missing.exitCode == 1)
        #expect(missing.stderr.contains("nope.txt: no such file"))
        let directory = try MarginCLI.run(["list", folder.path + "/", folder.appendingPathComponent("gone").path])
        #expect(directory.exitCode == 1)
        #expect(directory.stderr == "margin: \(folder.path)/gone: no such file\n")
        let show = try MarginCLI.run(["show", folder.path])
        #expect(show.exitCode == 1)
        #expect(show.stdout.isEmpty)
        #expect(show.stderr == "margin: \(folder.path): is a directory, expected an article file\n")
        // A missing file named by path is reported as missing, from the package root and from elsewhere.
        let gone = folder.appendingPathComponent("gone.txt").path
        for cwd in [nil, folder] {
            let result = try MarginCLI.run(["show", gone], cwd: cwd)
            #expect(result.exitCode == 1)
            #expect(result.stderr == "margin: \(gone): no such file\n")
        }
    }

    @Test func listReportsEachBadFileOnOneLineAndListsTheRest() throws {
        let folder = try MarginCLI.temporaryFolder()
        try Data("Good Article\n\nBody.".utf8).write(to: folder.appendingPathComponent("a-good.txt"))
        try Data([0x7F, 0x45, 0x4C, 0x46, 2, 1]).write(to: folder.appendingPathComponent("b-elf.txt"))
        try Data("   \n".utf8).write(to: folder.appendingPathComponent("c-blank.txt"))
        let result = try MarginCLI.run(["list", folder.path])
        #expect(result.exitCode == 1)
        #expect(result.stdout.contains("Good Article"))
        let errors = result.stderr.split(separator: "\n")
        #expect(errors.count == 2)
        #expect(errors[0].hasSuffix("b-elf.txt: not a text file (ELF executable)"))
        #expect(errors[1].hasSuffix("c-blank.txt: the file is empty (no text to import)"))
    }

    @Test func invalidUTF8AndEscapesStillOpenWithWarnings() throws {
        let file = try Self.write(Array("Title\n\nBad \u{1B}[2J".utf8) + [0xFF] + Array(" byte.".utf8), named: "odd.txt")
        let result = try MarginCLI.run(["show", file.path, "--json"])
        #expect(result.exitCode == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["text"] as? String == "Bad \u{FFFD} byte.")
        #expect(object["warnings"] as? [String] == ["replaced 1 invalid UTF-8 sequence with U+FFFD", "removed 1 terminal escape sequence"])
        let text = try MarginCLI.run(["show", file.path])
        #expect(text.exitCode == 0)
        #expect(!text.stdout.contains("\u{1B}"))
        #expect(text.stderr.contains("warning"))
    }

    @Test func aOneLineFileShowsJustItsTitle() throws {
        let file = try Self.write(Array("Just a title\n".utf8), named: "one.txt")
        let result = try MarginCLI.run(["show", file.path, "--json"])
        #expect(result.exitCode == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(object["title"] as? String == "Just a title")
        #expect((object["body"] as? [Any])?.isEmpty == true)
        #expect(object["text"] as? String == "")
    }

    @Test func aTooNarrowWidthIsAUsageError() throws {
        let result = try MarginCLI.run(["show", "000", "--width", "5"])
        #expect(result.exitCode == 2)
        #expect(result.stderr.contains("--width must be at least 20"))
    }
}
