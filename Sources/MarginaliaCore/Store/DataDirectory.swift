/// Chooses the data folder: `--data-dir`, else `$MARGINALIA_HOME`, else `$XDG_DATA_HOME/marginalia`,
/// else `~/.local/share/marginalia`.
public enum DataDirectory {
    /// The data folder for these options and this environment.
    public static func resolve(dataDir: String?, environment: [String: String]) throws(StoreError) -> String {
        func nonEmpty(_ value: String?) -> String? { value.flatMap { $0.isEmpty ? nil : $0 } }
        let home = nonEmpty(environment["HOME"])
        func expand(_ path: String) -> String {
            if path == "~", let home { return home }
            if path.hasPrefix("~/"), let home { return home + path.dropFirst(1) }
            return path
        }
        if let dir = nonEmpty(dataDir) { return expand(dir) }
        if let dir = nonEmpty(environment["MARGINALIA_HOME"]) { return expand(dir) }
        if let xdg = nonEmpty(environment["XDG_DATA_HOME"]) { return expand(xdg) + "/marginalia" }
        if let home { return home + "/.local/share/marginalia" }
        throw .noDataDirectory
    }
}
