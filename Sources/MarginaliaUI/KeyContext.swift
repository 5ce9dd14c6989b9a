/// Where a key binding applies.
public enum KeyContext: String, CaseIterable, Sendable {
    case library
    case article
    case comments
    case visual
    case help

    /// The heading used in help and Docs/keys.md.
    public var title: String {
        switch self {
        case .library: "Library"
        case .article: "Article"
        case .comments: "Comments"
        case .visual: "Visual selection (article or comments)"
        case .help: "Help screen"
        }
    }

    /// The commands that make sense here, in the order help lists them.
    public var commands: [Command] {
        switch self {
        case .library:
            [.lineDown, .lineUp, .pageDown, .pageUp, .top, .bottom, .open, .filter, .allAnnotations, .export, .help,
             .back, .quit]
        case .article:
            [.lineDown, .lineUp, .pageDown, .pageUp, .halfPageDown, .halfPageUp, .top, .bottom, .search,
             .searchNext, .searchPrevious, .toggleView, .clear] + KeyContext.annotating + [.export, .help, .back, .quit]
        case .comments:
            [.lineDown, .lineUp, .pageDown, .pageUp, .halfPageDown, .halfPageUp, .top, .bottom,
             .toggleCollapse, .collapseAll, .expandAll, .nextComment, .previousComment, .parentComment,
             .nextSibling, .previousSibling, .nextTopLevel, .previousTopLevel, .search, .searchNext,
             .searchPrevious, .toggleView, .clear] + KeyContext.annotating + [.export, .help, .back, .quit]
        case .visual:
            [.nextSentence, .previousSentence, .nextParagraph, .previousParagraph, .extendWord, .shrinkWord,
             .swapEnds, .tagPicker, .inlineNote, .editNote, .clear, .lineDown, .lineUp, .pageDown, .pageUp,
             .help, .quit]
        case .help:
            [.lineDown, .lineUp, .pageDown, .pageUp, .top, .bottom, .help, .back, .quit]
        }
    }

    /// The passage and annotation commands of the article and comments views.
    static let annotating: [Command] = [
        .nextSentence, .previousSentence, .nextParagraph, .previousParagraph, .visual, .tagPicker, .inlineNote,
        .editNote, .nextAnnotation, .previousAnnotation, .annotationList, .allAnnotations, .tagManager, .undo,
        .redo,
    ]
}
