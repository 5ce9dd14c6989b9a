import ArgumentParser
import MarginaliaCore

/// `margin tags rename OLD NEW`.
struct TagsRenameCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "rename", abstract: "Rename a tag (its annotations keep it).")

    @Argument(help: "The tag's current name.", completion: TagCompletion.kind)
    var name: String

    @Argument(help: "The new name.")
    var newName: String

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        try storeOptions.store().renameTag(name, to: newName)
        Console.line("renamed tag \(name) to \(newName)")
    }
}
