#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Finds the sample articles (the bundled seeds) that `margin --samples` opens.
///
/// An installed `margin` finds them beside itself, in `<prefix>/share/marginalia/samples` next to
/// `<prefix>/bin/margin` (where `make install` puts them); a `margin` built in the source tree
/// (`.build/<triple>/<configuration>/margin`) finds the package's own `seeds/`. The executable's location is
/// passed in, so this stays free of process globals and is testable with any layout.
public enum SampleArticles {
    /// Where `make install` puts the samples, relative to the folder holding the executable.
    public static let installedRelativePath = "../share/marginalia/samples"

    /// The samples folder for an executable at `executable`, or nil when neither layout is found.
    public static func folder(forExecutable executable: URL, fileManager: FileManager = .default) -> URL? {
        candidates(forExecutable: executable).first { isFolder($0, fileManager) }
    }

    /// The folders tried in order: the installed layout first, then a `seeds/` beside a `Package.swift` in
    /// any folder above the executable (a build inside the source tree).
    public static func candidates(forExecutable executable: URL) -> [URL] {
        let binFolder = executable.deletingLastPathComponent()
        var result = [binFolder.appendingPathComponent(installedRelativePath).standardizedFileURL]
        var folder = binFolder.standardizedFileURL
        while folder.path != "/" && !folder.path.isEmpty {
            result.append(folder.appendingPathComponent("seeds"))
            folder = folder.deletingLastPathComponent()
        }
        return result
    }

    private static func isFolder(_ url: URL, _ fileManager: FileManager) -> Bool {
        var isDirectory = false
        guard fileManager.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory else {
            return false
        }
        // A `seeds/` found above a source-tree build counts only beside the package manifest, so a stray
        // folder of that name elsewhere above an installed binary is never mistaken for the samples.
        if url.lastPathComponent == "seeds" {
            return fileManager.fileExists(atPath: url.deletingLastPathComponent().appendingPathComponent("Package.swift").path)
        }
        return true
    }
}
