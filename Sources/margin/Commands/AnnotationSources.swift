#if canImport(Glibc)
import Glibc
#endif
import ArgumentParser
import MarginaliaCore

/// The store and the articles that `export` and `import-annotations` work with: the `--library` paths (or
/// seeds/ from the package root) plus every article file the store's library index remembers.
enum AnnotationSources {
    /// Opens the store chosen by `--data-dir` and the environment.
    static func store(dataDir: String?) throws -> AnnotationStore {
        do {
            return try AnnotationStore(dataDir: dataDir)
        } catch {
            Console.error("margin: \(error.description)")
            throw ExitCode(3)
        }
    }

    /// Loads the library; files that fail are reported on stderr as warnings.
    static func library(paths: [String], store: AnnotationStore) throws -> Library {
        var all = LibraryPaths.resolve(paths) ?? []
        let index = try storeCall { try store.libraryIndex() }
        for entry in index.entries {
            guard let path = entry.sourcePath, access(path, R_OK) == 0, !all.contains(path) else { continue }
            all.append(path)
        }
        let library = Library(loading: all)
        for failure in library.failures { Console.error("margin: warning: (not loaded) \(failure.message)") }
        return library
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
