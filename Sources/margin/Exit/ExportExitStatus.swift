import MarginaliaCore

// The export and import errors' exit statuses (see ExitStatus and Docs/exit-codes.md).

extension ExportError: ExitStatusProviding {
    /// An unknown tag or an output path that cannot be written: the user's argument, status 1.
    var exitStatus: ExitStatus { .userError }
}

extension AnnotationImportError: ExitStatusProviding {
    /// A file that cannot be read or is malformed is the user's input: status 1.
    var exitStatus: ExitStatus { .userError }
}
