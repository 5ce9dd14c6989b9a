import ArgumentParser
import MarginaliaCore

/// `margin annotations remove ID`: deletes an annotation.
struct AnnotationsRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Remove an annotation, by id or unique id prefix (at least 4 characters)."
    )

    @Argument(help: "The annotation's id or a unique prefix of it.", completion: AnnotationCompletion.kind)
    var id: String

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let store = try storeOptions.store()
        let annotation = try store.annotation(idOrPrefix: id)
        try store.remove(id: annotation.id, from: annotation.articleID)
        Console.line("removed \(annotation.id.uuidString.lowercased())")
    }
}
