import ArgumentParser
import MarginaliaCore

/// `margin annotations note ID TEXT`: sets (or, with an empty TEXT, clears) an annotation's note.
struct AnnotationsNoteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "note",
        abstract: "Set an annotation's note (an empty TEXT removes it)."
    )

    @Argument(help: "The annotation's id or a unique prefix of it.", completion: AnnotationCompletion.kind)
    var id: String

    @Argument(help: "The note.")
    var text: String

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let store = try storeOptions.store()
        var annotation = try store.annotation(idOrPrefix: id)
        annotation.note = text.isEmpty ? nil : text
        try store.update(annotation)
        Console.line((text.isEmpty ? "removed the note of " : "noted ") + annotation.id.uuidString.lowercased())
    }
}
