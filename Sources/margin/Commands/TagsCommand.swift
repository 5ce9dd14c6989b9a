import ArgumentParser

/// `margin tags`: the tag list (codebook) with counts, and changes to it.
struct TagsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tags",
        abstract: "List tags with their annotation counts, or add, rename, merge, remove, rebind or recolour one.",
        subcommands: [
            TagsListCommand.self, TagsAddCommand.self, TagsRenameCommand.self, TagsMergeCommand.self,
            TagsRemoveCommand.self, TagsKeyCommand.self, TagsColorCommand.self,
        ],
        defaultSubcommand: TagsListCommand.self
    )
}

/// The colour names `--color` and `tags color` accept.
let tagColorNames = TagColorName.allValueStrings.joined(separator: ", ")

import MarginaliaCore

/// A `TagColor` as a command-line argument.
struct TagColorName: ExpressibleByArgument {
    var color: TagColor

    init?(argument: String) {
        guard let color = TagColor(name: argument) else { return nil }
        self.color = color
    }

    static var allValueStrings: [String] { TagColor.allCases.map(\.rawValue) }
}
