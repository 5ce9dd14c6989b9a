/// The keys of the tag keys and the annotation panels, which are fixed (not in the keymap): listed by the help
/// screen and Docs/keys.md after the keymap's sections.
public enum PanelKeys {
    /// Sections of (keys, what they do).
    public static let sections: [(title: String, rows: [(keys: String, summary: String)])] = [
        ("Tag keys (article, comments, visual)", [
            ("1-9", "Toggle that key's tag on the selection or sentence"),
        ]),
        ("Tag picker (t)", [
            ("letters", "Filter the tags by name"),
            ("Up, Down, Tab", "Choose a tag"),
            ("Enter", "Apply the chosen tag (or create one named as typed)"),
            ("Esc", "Cancel"),
        ]),
        ("Note editor (a)", [
            ("Backspace, C-u, C-k", "Edit (also Left, Right, Home, End)"),
            ("Enter", "Save the note (an empty note removes it)"),
            ("Esc", "Cancel"),
        ]),
        ("Annotation lists (L: this article, A: the library)", [
            ("j, k, PgUp, PgDn, g, G", "Move"),
            ("Enter", "Jump to it (the library list opens its article)"),
            ("t, Tab", "Filter by the next tag (after the last: none)"),
            ("/", "Filter by text (quote, note, tags, title)"),
            ("d", "Delete it (asks y/n; this article's list)"),
            ("a", "Edit its note (this article's list)"),
            ("x", "Export the rows shown to a file (.md, .csv, .json, .jsonld)"),
            ("Esc, q", "Close"),
        ]),
        ("Tag manager (T)", [
            ("j, k, Up, Down", "Choose a tag"),
            ("n", "Create a tag"),
            ("r", "Rename the tag"),
            ("c", "Next colour"),
            ("b", "Bind a key (press it; Space unbinds)"),
            ("m", "Merge into another tag (type its name)"),
            ("d", "Delete the tag (asks y/n, with its count)"),
            ("Esc, q", "Close"),
        ]),
    ]
}
