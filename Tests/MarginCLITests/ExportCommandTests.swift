import Foundation
import Testing
import MarginaliaCore

/// `margin export` and `margin import-annotations` run as a user would, on a store filled through the API.
@Suite struct ExportCommandTests {
    let data: URL
    let seeds = Library(loading: [MarginCLI.seeds.path]).articles

    init() throws {
        data = try MarginCLI.temporaryFolder()
    }

    /// Three annotations on the seeds (one in a comment) and a hierarchical tag.
    func fill(_ folder: URL) throws {
        let store = AnnotationStore(directory: folder.path)
        try store.addTag(Tag(id: TagID("actors-russia"), name: "actors/russia", color: .red, description: "Russia, the actor"))
        let korea = try #require(seeds.first { $0.commentCount > 0 })
        let comment = try #require(korea.flattenedComments.first).comment
        func add(_ part: PartID, _ needle: String, _ tags: [String], note: String? = nil) throws {
            let text = try #require(korea.text(of: part))
            let start = try #require(text.range(of: needle)).lowerBound
            let offset = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: start)
            let selector = try TextSelector(text: text, range: offset..<(offset + needle.unicodeScalars.count))
            try store.add(Annotation(articleID: korea.id, part: part, selector: selector, tagIDs: tags.map(TagID.init), note: note))
        }
        try add(.body, "North Korea has effectively crossed the Rubicon", ["default-claim", "actors-russia"], note: "Cha, \"Rubicon\"\n# not a heading")
        try add(.body, "they’re fair game", ["default-quote"])
        try add(.comment(comment.id), "New world out there", [], note: "in a comment")
    }

    func run(_ arguments: [String], data: URL? = nil) throws -> MarginCLI.Result {
        try MarginCLI.run(arguments + ["--data-dir", (data ?? self.data).path])
    }

    @Test func exportsMarkdownToStdoutByDefault() throws {
        try fill(data)
        let result = try run(["export"])
        #expect(result.exitCode == 0)
        #expect(result.stderr.isEmpty)
        #expect(result.stdout.hasPrefix("# Marginalia annotations\n"))
        #expect(result.stdout.contains("\n## “At least 3,000 North Korean soldiers now inside Russia, US says”\n"))
        #expect(result.stdout.contains("\n> North Korea has effectively crossed the Rubicon\n\n#claim #actors/russia\n\n**Note:** Cha, \"Rubicon\"\\\n\\# not a heading\n"))
        #expect(result.stdout.contains("*In a comment by **Macroduck**"))
        let codebook = try run(["export", "--group-by", "tag", "--tag", "actors"])
        #expect(codebook.stdout.contains("## #actors/russia\n\nRussia, the actor\n\n### “At least"))
        #expect(!codebook.stdout.contains("fair game"))
    }

    @Test func everyFormatGoesToAFileAtomicallyWithAMessage() throws {
        try fill(data)
        for format in ["markdown", "csv", "json", "w3c"] {
            let file = data.appendingPathComponent("out.\(format)")
            let result = try run(["export", "--format", format, "--output", file.path])
            #expect(result.exitCode == 0)
            #expect(result.stdout.isEmpty)
            #expect(result.stderr == "margin: exported 3 annotations to \(file.path)\n")
            let bytes = try Data(contentsOf: file)
            if format == "json" || format == "w3c" { #expect((try? JSONSerialization.jsonObject(with: bytes)) != nil) }
            if format == "csv" { #expect(String(decoding: bytes, as: UTF8.self).hasPrefix("Highlight,Title,Author,URL,Note,Location,Date,Tags,Status\r\n")) }
        }
        let filtered = try run(["export", "--format", "csv", "--article", "000", "--tag", "QUOTE"])
        #expect(filtered.stdout.split(separator: "\r\n").count == 2)
        #expect(filtered.stdout.contains("they’re fair game"))
    }

    @Test func badOutputsAndArgumentsAreClearErrors() throws {
        try fill(data)
        let folder = try run(["export", "--output", data.path])
        #expect(folder.exitCode == 1)
        #expect(folder.stderr.contains("it is a folder"))
        let missing = try run(["export", "--output", "/nonexistent-marginalia/out.md"])
        #expect(missing.exitCode == 1)
        #expect(missing.stderr.contains("cannot write the export to /nonexistent-marginalia/out.md: the folder /nonexistent-marginalia does not exist"))
        #expect(try run(["export", "--format", "pdf"]).exitCode == 2)
        #expect(try run(["export", "--format", "csv", "--group-by", "tag"]).exitCode == 2)
        let tag = try run(["export", "--tag", "nosuch"])
        #expect(tag.exitCode == 1)
        #expect(tag.stderr.contains("no tag named 'nosuch'; the tags are: claim, evidence"))
        let article = try run(["export", "--article", "no such article"])
        #expect(article.exitCode == 1)
        #expect(article.stderr.contains("no article matches"))
    }

    @Test func anEmptyExportSaysSoAndIsStillAValidDocument() throws {
        for format in ["json", "w3c", "csv", "markdown"] {
            let result = try run(["export", "--format", format])
            #expect(result.exitCode == 0)
            #expect(result.stderr.contains("nothing to export"))
            if format == "json" || format == "w3c" { #expect((try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8))) != nil) }
        }
    }

    @Test func jsonExportImportsIntoAnEmptyStoreOnceAndOnlyOnce() throws {
        try fill(data)
        let file = data.appendingPathComponent("export.json")
        #expect(try run(["export", "--format", "json", "--output", file.path]).exitCode == 0)
        let other = try MarginCLI.temporaryFolder()
        let first = try run(["import-annotations", file.path], data: other)
        #expect(first.exitCode == 0)
        #expect(first.stdout == "imported 3 annotations from \(file.path) (Marginalia JSON): 1 new tag\n")
        let second = try run(["import-annotations", file.path], data: other)
        #expect(second.stdout == "imported 0 annotations from \(file.path) (Marginalia JSON): 3 already present\n")
        let original = AnnotationStore(directory: data.path)
        let copy = AnnotationStore(directory: other.path)
        #expect(try copy.allAnnotations().map(\.annotations) == original.allAnnotations().map(\.annotations))
        #expect(try copy.tags() == original.tags())
    }

    @Test func w3cImportIsDetectedAndUnknownArticlesAreListed() throws {
        let file = data.appendingPathComponent("hypothesis.json")
        try Data("""
            [{"id": "h1", "uri": "https://example.com/elsewhere", "text": "note", "tags": ["claim"],
              "target": [{"source": "https://example.com/elsewhere", "selector": [{"type": "TextQuoteSelector", "exact": "a passage we do not have"}]}]},
             {"id": "h2", "target": [{"source": "https://example.com/x", "selector": [{"type": "TextQuoteSelector", "exact": "Thus, this tactical move by Kim"}]}]}]
            """.utf8).write(to: file)
        let result = try run(["import-annotations", file.path])
        #expect(result.exitCode == 0)
        #expect(result.stdout == "imported 2 annotations from \(file.path) (W3C): 1 orphaned\n")
        #expect(result.stderr.contains("1 annotation's article is not in the library; kept as orphans:\n  $[0]: https://example.com/elsewhere: “a passage we do not have”"))
        let exported = try run(["export", "--format", "csv"])
        #expect(exported.stdout.contains("a passage we do not have,") && exported.stdout.contains(",orphaned\r\n"))
        #expect(exported.stdout.contains("Thus, this tactical move by Kim") && exported.stdout.contains(",anchored\r\n"))
    }

    @Test func malformedInputNamesThePlaceAndWritesNothing() throws {
        let file = data.appendingPathComponent("bad.json")
        try Data("""
            {"type": "AnnotationPage", "items": [
              {"type": "Annotation", "target": {"source": "x", "selector": {"type": "TextQuoteSelector", "exact": "Thus, this tactical move by Kim"}}},
              {"type": "Annotation", "target": {"source": "x", "selector": [{"type": "TextQuoteSelector", "exact": "ok"}, {"type": "TextPositionSelector", "start": -1, "end": 2}]}}]}
            """.utf8).write(to: file)
        let store = try MarginCLI.temporaryFolder().appendingPathComponent("store")
        let result = try run(["import-annotations", file.path], data: store)
        #expect(result.exitCode == 1)
        #expect(result.stderr.contains("at $.items[1].target.selector[1].start: expected a non-negative integer, found -1. Nothing was imported."))
        #expect(!FileManager.default.fileExists(atPath: store.path))
        let notJSON = try run(["import-annotations", MarginCLI.seeds.appendingPathComponent("000_c0a91f7480b9ba36.txt").path], data: store)
        #expect(notJSON.exitCode == 1)
        #expect(notJSON.stderr.contains("is not valid JSON"))
        #expect(try run(["import-annotations", file.path, "--format", "csv"], data: store).exitCode == 2)
    }

    @Test func annotationsMadeWithAnnotateExportFromAnyFolder() throws {
        let annotate = try run(["annotate", "000", "--quote", "they’re fair game", "--tag", "quote", "--note", "Kirby, on \"targets\""])
        #expect(annotate.exitCode == 0)
        let elsewhere = try MarginCLI.temporaryFolder()
        // Outside the package root the article comes from the path the store remembers; `000` still names it.
        let result = try MarginCLI.run(["export", "--format", "csv", "--article", "000", "--data-dir", data.path], cwd: elsewhere)
        #expect(result.exitCode == 0)
        let expected = "they’re fair game,\"“At least 3,000 North Korean soldiers now inside Russia, US says”\",,file://"
            + MarginCLI.seeds.appendingPathComponent("000_c0a91f7480b9ba36.txt").path
        #expect(result.stdout.contains(expected))
        #expect(result.stdout.contains(",\"Kirby, on \"\"targets\"\"\",") && result.stdout.hasSuffix(",quote,anchored\r\n"))
    }

    @Test func dryRunReportsAndWritesNothing() throws {
        try fill(data)
        let file = data.appendingPathComponent("export.w3c.json")
        #expect(try run(["export", "--format", "w3c", "--output", file.path]).exitCode == 0)
        let other = try MarginCLI.temporaryFolder().appendingPathComponent("fresh")
        let dry = try run(["import-annotations", file.path, "--dry-run"], data: other)
        #expect(dry.stdout == "would import 3 annotations from \(file.path) (W3C): 1 new tag\n")
        #expect(!FileManager.default.fileExists(atPath: other.path))
        let real = try run(["import-annotations", file.path], data: other)
        #expect(real.stdout == "imported 3 annotations from \(file.path) (W3C): 1 new tag\n")
        let copy = try AnnotationStore(directory: other.path).allAnnotations().flatMap(\.annotations)
        let original = try AnnotationStore(directory: data.path).allAnnotations().flatMap(\.annotations)
        #expect(copy.map(\.id) == original.map(\.id))
        #expect(copy.map(\.range) == original.map(\.range))
        #expect(copy.map(\.note) == original.map(\.note))
    }

    @Test func outputDashIsStdoutAndAnUnreadableStoreIsStatus3() throws {
        try fill(data)
        let dash = try run(["export", "--format", "json", "--output", "-"])
        #expect(dash.exitCode == 0 && dash.stdout.hasPrefix("{\n  \"format\": \"marginalia-annotations\""))
        try Data("{\"schema\": 1, \"tags\": ".utf8).write(to: data.appendingPathComponent("tags.json"))
        let corrupt = try run(["export"])
        #expect(corrupt.exitCode == 3)
        #expect(corrupt.stderr.contains("tags.json"))
        let file = data.appendingPathComponent("some.json")
        try Data("[]".utf8).write(to: file)
        #expect(try run(["import-annotations", file.path]).exitCode == 3)
        let importing = try run(["import-annotations", data.appendingPathComponent("nothing.json").path])
        #expect(importing.exitCode == 1)
        #expect(importing.stderr.contains("no such file"))
    }

    @Test func aTerminalNeverGetsControlCharactersFromImportedText() throws {
        let file = data.appendingPathComponent("escape.json")
        try Data(#"[{"id": "e1", "text": "note \u001b[31mred\u001b]0;title\u0007", "target": {"source": "x", "selector": {"type": "TextQuoteSelector", "exact": "Thus, this tactical move by Kim"}}}]"#.utf8).write(to: file)
        #expect(try run(["import-annotations", file.path]).exitCode == 0)
        // Through a pipe the document is exact (the CSV keeps the note as imported)...
        let piped = try run(["export", "--format", "csv"])
        #expect(piped.stdout.contains("note \u{1B}[31mred\u{1B}]0;title\u{07}"))
        // ...but on a terminal (a pseudo-terminal made by script(1)) the escape sequences are defused.
        let script = "/usr/bin/script"
        try #require(FileManager.default.isExecutableFile(atPath: script), "script(1) (util-linux) is needed for the terminal test")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: script)
        process.arguments = ["-qc", "\(MarginCLI.binary.path) export --format csv --data-dir \(data.path)", "/dev/null"]
        process.currentDirectoryURL = MarginCLI.packageRoot
        let output = Pipe()
        process.standardOutput = output
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let bytes = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: bytes, as: UTF8.self)
        #expect(text.contains("note [31mred]0;title"))
        #expect(!bytes.contains(0x1B) && !bytes.contains(0x07))
    }

    @Test func importedArticlesAreRememberedForLaterExportsFromElsewhere() throws {
        let file = data.appendingPathComponent("one.json")
        try Data(#"{"type": "Annotation", "target": {"source": "x", "selector": {"type": "TextQuoteSelector", "exact": "Thus, this tactical move by Kim"}}}"#.utf8).write(to: file)
        #expect(try run(["import-annotations", file.path]).stdout.hasPrefix("imported 1 annotation "))
        let index = try AnnotationStore(directory: data.path).libraryIndex()
        let entry = try #require(index.entries.first)
        #expect(entry.title == "“At least 3,000 North Korean soldiers now inside Russia, US says”")
        #expect(entry.sourcePath == MarginCLI.seeds.appendingPathComponent("000_c0a91f7480b9ba36.txt").path)
        #expect(entry.lastOpened == nil)
        let elsewhere = try MarginCLI.temporaryFolder()
        let result = try MarginCLI.run(["export", "--data-dir", data.path], cwd: elsewhere)
        #expect(result.stdout.contains("\n## “At least 3,000 North Korean soldiers now inside Russia, US says”\n"))
    }
}

