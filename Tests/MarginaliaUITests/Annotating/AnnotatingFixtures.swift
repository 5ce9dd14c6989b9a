import Foundation
import MarginaliaCore
@testable import MarginaliaUI

/// Opening the fixture article with its annotations loaded, and running effects against an in-memory store.
enum AnnotatingFixtures {
    /// The fixture article open, its (empty) annotations and the default tags loaded.
    static func reading(_ article: Article = Fixtures.article, rows: Int = 24, columns: Int = 80,
                        annotations: [Annotation] = [], tags: TagSet = .defaults) -> AppState {
        var state = Fixtures.reading(article, rows: rows, columns: columns)
        _ = Reducer.reduce(&state, .annotationsLoaded(articleID: article.id, annotations: annotations, tags: tags))
        return state
    }

    /// Sends keys and runs the effects they ask for in `environment` (saves go to its in-memory store).
    static func press(_ keys: [Key], into state: inout AppState, environment: ReaderEnvironment) {
        for key in keys {
            ReaderLoop.perform(Reducer.reduce(&state, .key(key)), on: &state, environment: environment)
        }
    }

    /// Typed characters as keys.
    static func keys(_ text: String) -> [Key] { text.map { Key.char($0) } }

    /// An environment whose annotations live in memory.
    static func environment(_ annotations: AnnotationEnvironment = .memory()) -> ReaderEnvironment {
        ReaderEnvironment(openArticle: { _ in .failure(.init("no articles")) }, saveReadingPosition: { _, _ in nil },
                          annotations: annotations)
    }

    /// The text of the cursor's passage.
    static func cursorText(_ state: AppState) -> String? {
        guard let annotating = state.reader?.annotating, let cursor = annotating.cursor else { return nil }
        return annotating.passages.text(of: cursor.part)?.string(cursor.range)
    }

    /// The text of the selection.
    static func selectionText(_ state: AppState) -> String? {
        guard let annotating = state.reader?.annotating, let selection = annotating.selection else { return nil }
        return annotating.passages.text(of: selection.part)?.string(annotating.passages.selectedRange(selection))
    }

    /// The annotations of the open article.
    static func annotations(_ state: AppState) -> [Annotation] { state.reader?.annotating.book.annotations ?? [] }
}
