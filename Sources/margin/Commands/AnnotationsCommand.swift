import ArgumentParser

/// `margin annotations`: list annotations (the default), remove one, or set its note.
struct AnnotationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "annotations",
        abstract: "List annotations, remove one, or change its note.",
        subcommands: [AnnotationsListCommand.self, AnnotationsRemoveCommand.self, AnnotationsNoteCommand.self],
        defaultSubcommand: AnnotationsListCommand.self
    )
}
