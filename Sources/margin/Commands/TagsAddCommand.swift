import ArgumentParser
import MarginaliaCore

/// `margin tags add NAME`: a new tag.
struct TagsAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a tag (a '/' in the name makes a hierarchy, e.g. actors/russia)."
    )

    @Argument(help: "The tag's name (unique, ignoring case).")
    var name: String

    @Option(help: ArgumentHelp("The colour: \(tagColorNames).", valueName: "color"))
    var color: TagColorName?

    @Option(help: "A single-key shortcut for the reader.")
    var key: String?

    @Option(help: "What the tag means (for the codebook).")
    var description: String?

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let store = try storeOptions.store()
        let existing = try store.tags()
        // Without --color, cycle through the colours so neighbouring tags differ.
        let palette: [TagColor] = [.yellow, .green, .cyan, .magenta, .red, .blue, .white]
        let tag = Tag(name: name, color: color?.color ?? palette[existing.count % palette.count], key: key, description: description)
        try store.addTag(tag)
        Console.line("added tag \(tag.name)")
    }
}
