#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ArgumentParser
import MarginaliaCore

/// `--data-dir`: where annotations, tags and the library index live (shared by every command that uses the
/// store).
struct StoreOptions: ParsableArguments {
    @Option(
        name: .customLong("data-dir"),
        help: ArgumentHelp(
            "The data folder (default: $MARGINALIA_HOME, else $XDG_DATA_HOME/marginalia, else ~/.local/share/marginalia).",
            valueName: "folder"),
        completion: .directory)
    var dataDir: String?

    /// The store in the chosen folder.
    func store() throws(StoreError) -> AnnotationStore {
        try AnnotationStore(dataDir: dataDir, environment: ProcessInfo.processInfo.environment)
    }
}
