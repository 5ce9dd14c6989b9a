import Foundation
import MarginaliaCore
import Testing

/// Where `margin --samples` finds the sample articles: beside an installed binary, or in a source tree.
@Suite struct SampleArticlesTests {
    /// Makes a fresh folder holding the given files and folders (paths ending in "/" are folders).
    private func layout(_ entries: [String]) throws -> URL {
        let root = FileManager.default.temporaryDirectory
            .appendingPathComponent("margin-samples-\(UUID().uuidString)").resolvingSymlinksInPath()
        for entry in entries {
            let url = root.appendingPathComponent(entry)
            if entry.hasSuffix("/") {
                try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
            } else {
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data("x".utf8).write(to: url)
            }
        }
        return root
    }

    @Test func findsTheInstalledSamplesBesideTheBinary() throws {
        let root = try layout(["prefix/bin/margin", "prefix/share/marginalia/samples/"])
        defer { try? FileManager.default.removeItem(at: root) }
        let found = SampleArticles.folder(forExecutable: root.appendingPathComponent("prefix/bin/margin"))
        #expect(found?.path == root.appendingPathComponent("prefix/share/marginalia/samples").path)
    }

    @Test func findsTheSeedsOfASourceTreeBuild() throws {
        let root = try layout(["pkg/Package.swift", "pkg/seeds/", "pkg/.build/x86_64/debug/margin"])
        defer { try? FileManager.default.removeItem(at: root) }
        let found = SampleArticles.folder(forExecutable: root.appendingPathComponent("pkg/.build/x86_64/debug/margin"))
        #expect(found?.path == root.appendingPathComponent("pkg/seeds").path)
    }

    @Test func prefersTheInstalledLayoutOverASourceTreeAbove() throws {
        let root = try layout(["Package.swift", "seeds/", "prefix/bin/margin", "prefix/share/marginalia/samples/"])
        defer { try? FileManager.default.removeItem(at: root) }
        let found = SampleArticles.folder(forExecutable: root.appendingPathComponent("prefix/bin/margin"))
        #expect(found?.lastPathComponent == "samples")
    }

    @Test func ignoresASeedsFolderWithoutAPackageManifest() throws {
        let root = try layout(["opt/seeds/", "opt/bin/margin"])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(SampleArticles.folder(forExecutable: root.appendingPathComponent("opt/bin/margin")) == nil)
    }

    @Test func findsNothingWhenThereAreNoSamples() throws {
        let root = try layout(["bin/margin"])
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(SampleArticles.folder(forExecutable: root.appendingPathComponent("bin/margin")) == nil)
    }
}
