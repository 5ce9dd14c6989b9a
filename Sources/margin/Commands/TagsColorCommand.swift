import ArgumentParser
import MarginaliaCore

/// `margin tags color NAME COLOR`.
struct TagsColorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "color", abstract: "Recolour a tag.")

    @Argument(help: "The tag's name.", completion: TagCompletion.kind)
    var name: String

    @Argument(help: ArgumentHelp("The colour: \(tagColorNames).", valueName: "color"))
    var color: TagColorName

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        try storeOptions.store().setTagColor(name, to: color.color)
        Console.line("tag \(name) is now \(color.color.rawValue)")
    }
}
