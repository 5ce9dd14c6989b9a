import Foundation
import Testing

/// A damaged store gives exit status 3 with a message naming the file, and the file is left byte for byte.
@Suite struct StoreErrorCommandTests {
    @Test func corruptAnnotationFileExitsThreeAndIsLeftAlone() throws {
        let data = try MarginCLI.temporaryFolder()
        let first = try MarginCLI.run(["annotate", "000", "--quote", "fair game", "--tag", "claim", "--data-dir", data.path])
        #expect(first.exitCode == 0)
        let folder = data.appendingPathComponent("annotations")
        let journal = try #require(try FileManager.default.contentsOfDirectory(atPath: folder.path).first { $0.hasSuffix(".journal") })
        let path = folder.appendingPathComponent(journal)
        var bytes = try Data(contentsOf: path)
        bytes.insert(contentsOf: Data("{\"put\":{oops}}\n".utf8), at: bytes.firstIndex(of: 0x0A)! + 1)
        try bytes.write(to: path)
        for arguments in [["annotations"], ["annotations", "000"], ["annotate", "000", "--quote", "fair targets", "--tag", "quote"],
                          ["tags", "remove", "claim"]] {
            let result = try MarginCLI.run(arguments + ["--data-dir", data.path])
            #expect(result.exitCode == 3, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains(path.path), "\(arguments)")
            #expect(result.stderr.contains("line 2"), "\(arguments)")
            #expect(try Data(contentsOf: path) == bytes)
        }
    }

    @Test func readOnlyDataFolderExitsThree() throws {
        let data = try MarginCLI.temporaryFolder()
        #expect(try MarginCLI.run(["tags", "add", "first", "--data-dir", data.path]).exitCode == 0)
        let tagsFile = data.appendingPathComponent("tags.json")
        let before = try Data(contentsOf: tagsFile)
        try FileManager.default.setAttributes([.posixPermissions: 0o500], ofItemAtPath: data.path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: data.path) }
        let result = try MarginCLI.run(["tags", "add", "second", "--data-dir", data.path])
        #expect(result.exitCode == 3)
        #expect(result.stderr.contains(data.path) && result.stderr.contains("read-only"))
        #expect(try Data(contentsOf: tagsFile) == before)
        // Reading still works.
        #expect(try MarginCLI.run(["tags", "--data-dir", data.path]).stdout.contains("first"))
    }

    @Test func newerSchemaExitsThree() throws {
        let data = try MarginCLI.temporaryFolder()
        let tagsFile = data.appendingPathComponent("tags.json")
        let newer = Data("{\"schema\": 2, \"tags\": [], \"colours\": {}}\n".utf8)
        try newer.write(to: tagsFile)
        let result = try MarginCLI.run(["tags", "add", "x", "--data-dir", data.path])
        #expect(result.exitCode == 3)
        #expect(result.stderr.contains("newer Marginalia") && result.stderr.contains(tagsFile.path))
        #expect(try Data(contentsOf: tagsFile) == newer)
    }
}
