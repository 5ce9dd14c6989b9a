import ArgumentParser
import MarginaliaCore

/// `margin tags key NAME KEY` (or `--unbind`): the tag's shortcut key in the reader.
struct TagsKeyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "key", abstract: "Bind a tag to a shortcut key, or unbind it.")

    @Argument(help: "The tag's name.", completion: TagCompletion.kind)
    var name: String

    @Argument(help: "One character.")
    var key: String?

    @Flag(help: "Remove the tag's shortcut key.")
    var unbind = false

    @OptionGroup var storeOptions: StoreOptions

    func validate() throws {
        if (key == nil) == !unbind { throw ValidationError("give either a KEY or --unbind") }
    }

    func run() throws {
        try storeOptions.store().setTagKey(name, to: unbind ? nil : key)
        Console.line(unbind ? "unbound tag \(name)" : "bound tag \(name) to key \(key ?? "")")
    }
}
