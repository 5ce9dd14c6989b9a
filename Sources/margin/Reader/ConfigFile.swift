#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import MarginaliaUI

/// Finds and reads the reader's config file (format: Docs/config.md).
enum ConfigFile {
    /// Why the config could not be used.
    enum LoadError: Error, CustomStringConvertible {
        case unreadable(path: String)
        case invalid(path: String, ConfigError)

        var description: String {
            switch self {
            case .unreadable(let path): "cannot read the config file \(path)"
            case .invalid(let path, let error): "bad config file \(path), \(error)"
            }
        }
    }

    /// The default location: $XDG_CONFIG_HOME/marginalia/config, else ~/.config/marginalia/config.
    static func defaultPath(environment: [String: String]) -> String? {
        if let base = environment["XDG_CONFIG_HOME"], !base.isEmpty { return base + "/marginalia/config" }
        if let home = environment["HOME"], !home.isEmpty { return home + "/.config/marginalia/config" }
        return nil
    }

    /// The config: from `explicitPath` (which must exist), else the default file if there is one, else defaults.
    static func load(explicitPath: String?, environment: [String: String]) throws(LoadError) -> ReaderConfig {
        guard let path = explicitPath ?? defaultPath(environment: environment) else { return ReaderConfig() }
        guard FileManager.default.fileExists(atPath: path) else {
            if explicitPath != nil { throw .unreadable(path: path) }
            return ReaderConfig()
        }
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path: path) }
        do {
            return try ConfigParser.parse(String(decoding: data, as: UTF8.self))
        } catch {
            throw .invalid(path: path, error)
        }
    }
}
