/// Where a key binding applies.
public enum KeyContext: String, CaseIterable, Sendable {
    case library
    case article
    case comments
    case help

    /// The heading used in help and Docs/keys.md.
    public var title: String {
        switch self {
        case .library: "Library"
        case .article: "Article"
        case .comments: "Comments"
        case .help: "Help screen"
        }
    }

    /// The commands that make sense here, in the order help lists them.
    public var commands: [Command] {
        switch self {
        case .library:
            [.lineDown, .lineUp, .pageDown, .pageUp, .top, .bottom, .open, .filter, .help, .back, .quit]
        case .article:
            [.lineDown, .lineUp, .pageDown, .pageUp, .halfPageDown, .halfPageUp, .top, .bottom, .search,
             .searchNext, .searchPrevious, .toggleView, .clear, .help, .back, .quit]
        case .comments:
            [.lineDown, .lineUp, .pageDown, .pageUp, .halfPageDown, .halfPageUp, .top, .bottom,
             .toggleCollapse, .collapseAll, .expandAll, .nextComment, .previousComment, .parentComment,
             .nextSibling, .previousSibling, .nextTopLevel, .previousTopLevel, .search, .searchNext,
             .searchPrevious, .toggleView, .clear, .help, .back, .quit]
        case .help:
            [.lineDown, .lineUp, .pageDown, .pageUp, .top, .bottom, .help, .back, .quit]
        }
    }
}
