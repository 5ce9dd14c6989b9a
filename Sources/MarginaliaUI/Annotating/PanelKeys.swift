/// The keys of the tag keys and the annotation panels, which are fixed (not in the keymap): listed by the help
/// screen and Docs/keys.md after the keymap's sections.
public enum PanelKeys {
    /// Sections of (keys, what they do).
    public static let sections: [(title: String, rows: [(keys: String, summary: String)])] = [
        ("Tag keys (article, comments, visual)", [
            ("1-9", "A tag's shortcut key (set in the tag manager): toggle that tag on the selection, else on the cursor's sentence; again on the same passage removes it"),
        ]),
        ("Tag picker (t)", [
            ("text", "Filter the tags by name"),
            ("Up, Down, Tab", "Choose a tag"),
            ("Enter", "Apply the chosen tag (or create a tag named as typed, then apply it)"),
            ("Esc", "Cancel"),
        ]),
        ("Note editor (a)", [
            ("text, Left, Right, Home, End, Backspace, C-u, C-k", "Edit the note"),
            ("Enter", "Save the note (an empty note removes it)"),
            ("Esc", "Cancel"),
        ]),
        ("Annotation lists (L: this article, A: the library)", [
            ("j, k, Up, Down, PgUp, PgDn, g, G", "Move"),
            ("Enter", "Jump to the annotation (the library list opens its article)"),
            ("t, Tab", "Filter by the next tag (after the last: no tag filter)"),
            ("/", "Filter by text (quote, note, tags, title)"),
            ("d", "Delete the annotation (asks y/n; article list)"),
            ("a", "Edit the annotation's note (article list)"),
            ("Esc, q", "Close"),
        ]),
        ("Tag manager (T)", [
            ("j, k, Up, Down", "Choose a tag"),
            ("n", "Create a tag"),
            ("r", "Rename the tag"),
            ("c", "Next colour"),
            ("b", "Bind a key (then press it; Space unbinds)"),
            ("m", "Merge into another tag (type its name)"),
            ("d", "Delete the tag (asks y/n with the number of annotations it is on)"),
            ("Esc, q", "Close"),
        ]),
    ]
}
