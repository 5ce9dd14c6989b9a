/// Why a change to the tag set was refused; a user error (exit 1 on the command line).
public enum TagError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Another tag already has this name (names are unique case-insensitively).
    case nameTaken(String, by: String)
    /// Another tag already uses this shortcut key.
    case keyTaken(String, by: String)
    /// The name is not acceptable, with the reason.
    case invalidName(String, String)
    /// A shortcut key must be one printable character.
    case invalidKey(String)
    /// No tag has this name.
    case unknownName(String)
    /// No tag has this id.
    case unknownID(TagID)
    /// A tag with this id exists already.
    case duplicateID(TagID)
    /// A tag cannot be merged into itself.
    case mergeIntoItself(String)

    public var description: String {
        switch self {
        case .nameTaken(let name, let other): "a tag named '\(other)' already exists (tag names are unique, ignoring case): cannot use '\(name)'"
        case .keyTaken(let key, let other): "key '\(key)' is already bound to tag '\(other)'"
        case .invalidName(let name, let why): "invalid tag name '\(name)': \(why)"
        case .invalidKey(let key): "invalid key '\(key)': a shortcut key is exactly one printable character"
        case .unknownName(let name): "no tag named '\(name)' (see `margin tags`)"
        case .unknownID(let id): "no tag with id \(id)"
        case .duplicateID(let id): "a tag with id \(id) exists already"
        case .mergeIntoItself(let name): "cannot merge tag '\(name)' into itself"
        }
    }
}
