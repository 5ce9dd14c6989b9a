#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ArgumentParser
import MarginaliaCore

/// `--samples`: adds the sample articles (the bundled seeds, installed by `make install`) to the library.
///
/// They are found relative to the running executable (SampleArticles), so an installed `margin` opens them
/// from any folder and a `margin` built in the source tree opens the package's seeds/.
struct SamplesOption: ParsableArguments {
    @Flag(help: "Include the sample articles installed with margin (the bundled seeds).")
    var samples = false

    /// The samples folder as a one-element path list when `--samples` was given, else nothing.
    func paths() throws(SamplesError) -> [String] {
        guard samples else { return [] }
        return [try Self.folder().path]
    }

    /// The samples folder for the running executable.
    static func folder() throws(SamplesError) -> URL {
        let executable = ExecutablePath.current()
        guard let folder = SampleArticles.folder(forExecutable: executable) else {
            throw .notFound(executable: executable.path)
        }
        return folder
    }
}

/// The sample articles are not where an installed or source-tree `margin` keeps them.
enum SamplesError: Error, CustomStringConvertible, ExitStatusProviding {
    /// Neither `<bin>/../share/marginalia/samples` nor a source tree's seeds/ is beside the executable.
    case notFound(executable: String)

    var description: String {
        switch self {
        case .notFound(let executable):
            "no sample articles beside \(executable): expected \(SampleArticles.installedRelativePath) "
                + "relative to its folder (make install puts them there) or a source tree's seeds/"
        }
    }

    var exitStatus: ExitStatus { .userError }
}
