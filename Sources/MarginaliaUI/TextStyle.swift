/// What a piece of screen text is, so that the terminal can choose colours or attributes for it.
///
/// The UI names roles; the terminal layer maps them to colour pairs (or, without colour, to bold /
/// underline / reverse), so a monochrome terminal still shows every distinction.
public enum TextStyle: String, Hashable, Sendable, CaseIterable {
    case normal
    case title
    case meta
    case heading
    case quote
    case author
    case selectedAuthor
    case collapsedNote
    case statusBar
    case prompt
    case message
    case error
    case match
    case currentMatch
    case selectedRow
    case helpKey
    case notice
}
