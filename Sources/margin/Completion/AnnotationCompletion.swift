#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ArgumentParser
import MarginaliaCore

/// Completes an annotation id (for `margin annotations note|remove ID`) from the store: the short id, with
/// the quoted passage (and the note, if any) as the description.
enum AnnotationCompletion {
    /// The `completion:` for an annotation-id argument.
    static let kind = CompletionKind.custom { words, _, _ in
        candidates(for: CompletionWords(words), environment: ProcessInfo.processInfo.environment)
            .map { $0.formatted(for: CompletionShell.requesting) }
    }

    /// How much of a quote a description shows.
    static let quoteLength = 60

    /// Every annotation in the store chosen by `--data-dir` and the environment; none if it cannot be read.
    static func candidates(for words: CompletionWords, environment: [String: String]) -> [CompletionCandidate] {
        let dataDir = words.values(of: "--data-dir").last
        guard let store = try? AnnotationStore(dataDir: dataDir, environment: environment),
              let all = try? store.allAnnotations() else { return [] }
        let entries = all.flatMap(\.annotations).map { annotation in
            var about = "“" + String(annotation.quote.prefix(quoteLength)) + (annotation.quote.count > quoteLength ? "…" : "") + "”"
            if let note = annotation.note, !note.isEmpty { about += " (note: \(note.prefix(quoteLength)))" }
            return (id: annotation.id.uuidString.lowercased(), about: about)
        }
        return CompletionCandidate.shortIDs(entries, length: 8)
    }
}
