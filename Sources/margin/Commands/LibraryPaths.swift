import MarginaliaCore

#if canImport(Glibc)
import Glibc
#endif

/// Where the articles come from when a command is given no paths: the bundled `seeds/` when run from the
/// package root (the current folder holds Package.swift and seeds/), otherwise nothing.
enum LibraryPaths {
    /// The message for a command run without paths outside the package root.
    static let missingPathsMessage =
        "margin: no articles given. Pass article files or folders, e.g. `margin list ~/articles` "
        + "(with no path, margin uses seeds/ when run from the Marginalia package root; "
        + "--samples adds the sample articles installed with margin)."

    /// The given paths, or the bundled seeds when none were given and they are here.
    static func resolve(_ paths: [String]) -> [String]? {
        if !paths.isEmpty { return paths }
        return isPackageRoot() ? ["seeds"] : nil
    }

    static func isPackageRoot() -> Bool {
        var info = stat()
        guard stat("Package.swift", &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return false }
        guard stat("seeds", &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else { return false }
        return true
    }
}
