import ArgumentParser
import MarginaliaCore

/// `margin tags remove NAME`: deletes a tag and takes it off its annotations (which are kept).
struct TagsRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Remove a tag; its annotations are kept without it."
    )

    @Argument(help: "The tag's name.", completion: TagCompletion.kind)
    var name: String

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let touched = try storeOptions.store().removeTag(name).touched
        Console.line("removed tag \(name): \(touched) annotation\(touched == 1 ? "" : "s") changed")
    }
}
