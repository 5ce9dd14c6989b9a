#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import MarginaliaCore

/// The store and the articles that `export` and `import-annotations` work with: the `--library` paths (or
/// seeds/ from the package root) plus every article file the store's library index remembers.
enum AnnotationSources {
    /// Opens the store chosen by `--data-dir` and the environment.
    static func store(_ options: StoreOptions) throws -> AnnotationStore {
        do {
            return try options.store()
        } catch {
            Console.error("margin: \(error.description)")
            throw ExitCode(3)
        }
    }

    /// Loads the library, one article per id (the same file can come in twice: from seeds/ and by its
    /// remembered absolute path); files that fail are reported on stderr as warnings.
    static func library(paths: [String], store: AnnotationStore) throws -> [Article] {
        var all = LibraryPaths.resolve(paths) ?? []
        var seen = Set(all)
        let index = try storeCall { try store.libraryIndex() }
        for entry in index.recentFirst {
            guard let path = entry.sourcePath, access(path, R_OK) == 0, seen.insert(path).inserted else { continue }
            all.append(path)
        }
        let library = Library(loading: all)
        for failure in library.failures { Console.error("margin: warning: (not loaded) \(failure.message)") }
        var ids = Set<ArticleID>()
        return library.articles.filter { ids.insert($0.id).inserted }
    }

    /// Runs a store call, turning a `StoreError` into its message and exit status 3.
    static func storeCall<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as StoreError {
            Console.error("margin: \(error.description)")
            throw ExitCode(3)
        }
    }
}
