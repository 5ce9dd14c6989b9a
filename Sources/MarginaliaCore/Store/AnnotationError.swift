#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// A request about annotations that cannot be met; a user error (exit 1 on the command line).
public enum AnnotationError: Error, Hashable, Sendable, CustomStringConvertible {
    /// No annotation has this id (or id prefix).
    case notFound(String)
    /// Several annotations start with this id prefix.
    case ambiguousID(String, matches: [UUID])
    /// An annotation with this id exists already.
    case duplicateID(UUID)
    /// The annotation's article id does not match the article it is saved under.
    case wrongArticle(UUID, expected: ArticleID)

    public var description: String {
        switch self {
        case .notFound(let id): "no annotation with id \(id) (see `margin annotations`)"
        case .ambiguousID(let prefix, let matches):
            "id prefix \(prefix) matches \(matches.count) annotations: "
                + matches.prefix(5).map { $0.uuidString.lowercased() }.joined(separator: ", ")
        case .duplicateID(let id): "an annotation with id \(id.uuidString.lowercased()) exists already"
        case .wrongArticle(let id, let expected): "annotation \(id.uuidString.lowercased()) does not belong to article \(expected)"
        }
    }
}
