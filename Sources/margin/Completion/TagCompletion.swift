#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ArgumentParser
import MarginaliaCore

/// Completes a tag name from the store's tag set (the default tags when the store has none yet), with each
/// tag's description, or its shortcut key, as the description.
enum TagCompletion {
    /// The `completion:` for a tag-name argument or option.
    static let kind = CompletionKind.custom { words, _, _ in
        candidates(for: CompletionWords(words), environment: ProcessInfo.processInfo.environment)
            .map { $0.formatted(for: CompletionShell.requesting) }
    }

    /// The candidates: every tag name in the store chosen by `--data-dir` and the environment. A store that
    /// cannot be read yields none (a completion must not print errors).
    static func candidates(for words: CompletionWords, environment: [String: String]) -> [CompletionCandidate] {
        let dataDir = words.values(of: "--data-dir").last
        guard let store = try? AnnotationStore(dataDir: dataDir, environment: environment),
              let tags = try? store.tags() else { return [] }
        return tags.tags.map { tag in
            var about = tag.description ?? ""
            if let key = tag.key { about = about.isEmpty ? "key \(key)" : "\(about) (key \(key))" }
            return CompletionCandidate(value: tag.name, description: about.isEmpty ? nil : about)
        }
    }
}
