import ArgumentParser
import MarginaliaCore

/// `margin tags merge SOURCE TARGET`: SOURCE's annotations get TARGET; SOURCE is removed.
struct TagsMergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge a tag into another: its annotations get the other tag, and it is removed."
    )

    @Argument(help: "The tag to merge away.", completion: TagCompletion.kind)
    var source: String

    @Argument(help: "The tag to merge it into.", completion: TagCompletion.kind)
    var target: String

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let touched = try storeOptions.store().mergeTags(source, into: target).touched
        Console.line("merged \(source) into \(target): \(touched) annotation\(touched == 1 ? "" : "s") changed")
    }
}
