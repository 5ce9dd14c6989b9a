import ArgumentParser

/// The `margin` command: a terminal reader and annotator for articles and their comment threads.
@main
struct Margin: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "margin",
        abstract: "Read articles and their comment threads in the terminal, tag passages, export them.",
        version: MarginVersion.current,
        subcommands: [
            ReadCommand.self, ListCommand.self, ShowCommand.self, AnnotateCommand.self, AnnotationsCommand.self,
            TagsCommand.self, ExportCommand.self, ImportAnnotationsCommand.self, KeysCommand.self,
        ],
        defaultSubcommand: ReadCommand.self
    )
}
