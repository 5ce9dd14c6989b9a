/// Which program edits notes: `$VISUAL`, else `$EDITOR`, else `vi` (blank values are skipped).
public enum EditorChoice {
    /// The editor command line for an environment.
    public static func command(environment: [String: String]) -> String {
        for name in ["VISUAL", "EDITOR"] {
            if let value = environment[name], value.contains(where: { !$0.isWhitespace }) { return value }
        }
        return "vi"
    }
}
