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
    // Annotating: the passage cursor, the visual selection, the note mark, and tag highlights (plain, where
    // annotations overlap, and under the cursor) in each tag colour.
    case underCursor
    case selection
    case noteMark
    case tagRed
    case tagRedOverlap
    case tagRedCursor
    case tagGreen
    case tagGreenOverlap
    case tagGreenCursor
    case tagYellow
    case tagYellowOverlap
    case tagYellowCursor
    case tagBlue
    case tagBlueOverlap
    case tagBlueCursor
    case tagMagenta
    case tagMagentaOverlap
    case tagMagentaCursor
    case tagCyan
    case tagCyanOverlap
    case tagCyanCursor
    case tagWhite
    case tagWhiteOverlap
    case tagWhiteCursor
    case tagBlack
    case tagBlackOverlap
    case tagBlackCursor
}
