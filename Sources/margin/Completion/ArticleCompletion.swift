#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import ArgumentParser
import MarginaliaCore

/// Completes an ARTICLE argument from the library: the articles the command would look in (`--library`
/// paths, `--samples`, or seeds/ from the package root) and the articles the store remembers.
///
/// Each candidate is the article's short id (what `margin list` shows, and what ARTICLE accepts as a unique
/// prefix) with its title as the description; zsh and fish show the titles beside the ids.
enum ArticleCompletion {
    /// The `completion:` for an ARTICLE argument.
    static let kind = CompletionKind.custom { words, _, _ in
        candidates(for: CompletionWords(words), environment: ProcessInfo.processInfo.environment)
            .map { $0.formatted(for: CompletionShell.requesting) }
    }

    /// How many leading id digits a candidate shows, as `margin list` does.
    static let shortIDLength = 8

    /// The candidates for this command line. Errors (an unreadable file, a corrupt store) yield fewer
    /// candidates, never a message: a completion must not write to the terminal.
    static func candidates(for words: CompletionWords, environment: [String: String]) -> [CompletionCandidate] {
        var titles: [(id: String, title: String)] = []
        var seen = Set<String>()
        func add(_ id: String, _ title: String) {
            if seen.insert(id).inserted { titles.append((id, title)) }
        }
        var paths = words.values(of: "--library")
        if words.contains(flag: "--samples"), let samples = try? SamplesOption.folder() { paths.append(samples.path) }
        if let resolved = LibraryPaths.resolve(paths) {
            for article in Library(loading: resolved).articles { add(article.id.rawValue, article.title) }
        }
        let dataDir = words.values(of: "--data-dir").last
        if let store = try? AnnotationStore(dataDir: dataDir, environment: environment),
           let index = try? store.libraryIndex() {
            for entry in index.recentFirst { add(entry.id.rawValue, entry.title) }
        }
        return CompletionCandidate.shortIDs(titles.map { ($0.id, $0.title) }, length: shortIDLength)
    }
}
