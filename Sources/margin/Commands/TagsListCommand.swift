import ArgumentParser
import MarginaliaCore

/// `margin tags`: every tag with its key, colour, annotation count and description.
struct TagsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the tags: name, shortcut key, colour, number of annotations, description."
    )

    @Flag(help: "Print JSON (name, key, color, description, count, id).")
    var json = false

    @OptionGroup var storeOptions: StoreOptions

    func run() throws {
        let store = try storeOptions.store()
        let tags = try store.tags()
        let counts = try store.tagCounts()
        if json {
            Console.write(JSONText.array(tags.tags.map { tag in
                .object([
                    ("name", .string(tag.name)), ("key", .optional(tag.key)), ("color", .string(tag.color.rawValue)),
                    ("description", .optional(tag.description)), ("count", .int(counts[tag.id] ?? 0)),
                    ("id", .string(tag.id.rawValue)),
                ])
            }).rendered)
            return
        }
        let width = tags.tags.map(\.name.count).max() ?? 0
        for tag in tags.tags {
            let name = tag.name + String(repeating: " ", count: max(0, width - tag.name.count))
            let key = tag.key.map { "[\($0)]" } ?? "   "
            let color = tag.color.rawValue + String(repeating: " ", count: 8 - tag.color.rawValue.count)
            var line = "\(name)  \(key)  \(color) \(counts[tag.id] ?? 0)"
            if let description = tag.description { line += "  " + description }
            Console.line(line)
        }
    }
}
