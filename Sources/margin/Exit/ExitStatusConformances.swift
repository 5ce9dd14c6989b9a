import MarginaliaCore

// Which exit status each layer's errors deserve (see ExitStatus and Docs/exit-codes.md). Kept together so
// the whole mapping can be read in one place; an error type not listed here exits with 1.

extension StoreError: ExitStatusProviding {
    /// A data file that cannot be read or written is status 3: the user must look at the file.
    var exitStatus: ExitStatus { .store }
}

extension ImportError: ExitStatusProviding {
    /// A file that cannot be imported as an article is the user's input: status 1.
    var exitStatus: ExitStatus { .userError }
}

extension ResolveError: ExitStatusProviding {
    /// An article query that matches nothing or several articles: status 1.
    var exitStatus: ExitStatus { .userError }
}

extension AnnotationError: ExitStatusProviding {
    /// An annotation id that is unknown or ambiguous: status 1.
    var exitStatus: ExitStatus { .userError }
}

extension TagError: ExitStatusProviding {
    /// A tag change that is refused (name taken, unknown tag): status 1.
    var exitStatus: ExitStatus { .userError }
}

extension AnchoringError: ExitStatusProviding {
    /// A passage that cannot be selected: status 1.
    var exitStatus: ExitStatus { .userError }
}
