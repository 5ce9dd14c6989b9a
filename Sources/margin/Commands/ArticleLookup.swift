import ArgumentParser
import MarginaliaCore

#if canImport(Glibc)
import Glibc
#endif

/// Finds the article a command names: an article file; or an article in the library (`--library` paths,
/// `--samples`, seeds/ from the package root) or remembered in the store's library index (articles opened
/// before, wherever the command runs), by id, id prefix, path, file-name prefix or title substring.
struct ArticleLookup {
    var library: [String]
    var samples: SamplesOption

    /// The article, its `sourcePath` made absolute so the store's library index can find it from anywhere.
    func find(_ query: String, store: AnnotationStore) throws -> Article {
        var article = try lookUp(query, store: store)
        if let path = article.sourcePath, !path.hasPrefix("/") {
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            if getcwd(&buffer, buffer.count) != nil {
                let cwd = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
                article.sourcePath = cwd + "/" + (path.hasPrefix("./") ? String(path.dropFirst(2)) : path)
            }
        }
        return article
    }

    private func lookUp(_ query: String, store: AnnotationStore) throws -> Article {
        if isFile(query) { return try ScrapedTextImporter().importArticle(atPath: query) }
        let index = try store.libraryIndex()
        // An article remembered by its id or id prefix is loaded from its file alone, which stays fast however
        // large the library index grows.
        let lower = query.lowercased()
        let remembered = index.entries.filter { entry in
            entry.id.rawValue == lower || (lower.count >= 4 && entry.id.rawValue.hasPrefix(lower))
        }
        if remembered.count == 1, let path = remembered[0].sourcePath, isFile(path),
           let article = try? ScrapedTextImporter().importArticle(atPath: path), article.id == remembered[0].id {
            return article
        }
        var paths = LibraryPaths.resolve(library + (try samples.paths())) ?? []
        var seen = Set(paths)
        for entry in index.recentFirst {
            if let path = entry.sourcePath, isFile(path), seen.insert(path).inserted { paths.append(path) }
        }
        // The same file can come in twice (seeds/ and its remembered absolute path): one article per id.
        var ids = Set<ArticleID>()
        let articles = Library(loading: paths).articles.filter { ids.insert($0.id).inserted }
        return try ArticleResolver.resolve(query, in: articles)
    }

    private func isFile(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) != S_IFDIR
    }
}

/// The library options shared by the commands that take an ARTICLE.
struct LibraryOptions: ParsableArguments {
    @Option(name: .customLong("library"), help: "A file or folder to look the article up in (repeatable).")
    var library: [String] = []

    @OptionGroup var samples: SamplesOption

    /// The lookup these options describe.
    var lookup: ArticleLookup { ArticleLookup(library: library, samples: samples) }
}
