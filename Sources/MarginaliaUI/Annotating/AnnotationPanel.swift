#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import MarginaliaCore

/// A one-line text being edited, with a cursor (in characters).
public struct LineEdit: Equatable, Sendable {
    /// The text.
    public var text: String
    /// The cursor, as a count of characters before it.
    public var cursor: Int

    /// Starts editing a text with the cursor at its end.
    public init(_ text: String = "") {
        self.text = text
        cursor = text.count
    }

    /// Applies an editing key; returns false for keys that are not editing keys.
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .char(let c):
            let index = text.index(text.startIndex, offsetBy: cursor)
            text.insert(c, at: index)
            cursor += 1
        case .backspace:
            guard cursor > 0 else { return true }
            let index = text.index(text.startIndex, offsetBy: cursor - 1)
            text.remove(at: index)
            cursor -= 1
        case .delete, .ctrl("d"):
            guard cursor < text.count else { return true }
            text.remove(at: text.index(text.startIndex, offsetBy: cursor))
        case .left, .ctrl("b"): cursor = max(0, cursor - 1)
        case .right, .ctrl("f"): cursor = min(text.count, cursor + 1)
        case .home, .ctrl("a"): cursor = 0
        case .end, .ctrl("e"): cursor = text.count
        case .ctrl("u"):
            text.removeFirst(cursor)
            cursor = 0
        case .ctrl("k"):
            text.removeLast(text.count - cursor)
        default:
            return false
        }
        return true
    }
}

/// The tag picker: type to filter, Up/Down to choose, Enter applies (or creates a tag named as typed).
public struct TagPickerState: Equatable, Sendable {
    /// What was typed.
    public var query = LineEdit()
    /// The highlighted row among the matches (the "create" row comes last).
    public var selected = 0
    /// The passage the tag goes on.
    public var target: PassageCursor
}

/// The one-line note editor for the annotation on a passage.
public struct NoteEditorState: Equatable, Sendable {
    /// The note being typed.
    public var edit: LineEdit
    /// The passage the note belongs to.
    public var target: PassageCursor
    /// The annotation being edited, if the passage has one.
    public var annotationID: UUID?
}

/// One row of an annotation list.
public struct AnnotationListRow: Equatable, Sendable {
    /// The annotation.
    public var annotation: Annotation
    /// The article's title (library-wide list).
    public var title: String
}

/// A list of annotations: this article's, or the whole library's.
public struct AnnotationListState: Equatable, Sendable {
    /// Whether the list covers the whole library.
    public var isLibraryWide: Bool
    /// Every row before filtering (library-wide: loaded from the store).
    public var rows: [AnnotationListRow]
    /// The filter.
    public var filter = AnnotationFilter()
    /// The text filter being typed, while it is.
    public var filterEdit: LineEdit?
    /// The highlighted row among the visible ones.
    public var selected = 0
    /// The first visible row shown.
    public var top = 0
    /// The annotation waiting for a y/n delete confirmation.
    public var confirmingDelete: UUID?

    /// The rows that pass the filter.
    public func visibleRows(tags: TagSet) -> [AnnotationListRow] {
        filter.isEmpty ? rows : rows.filter { filter.matches($0.annotation, tags: tags, title: $0.title) }
    }
}

/// What the tag manager is asking for.
public enum TagManagerPrompt: Equatable, Sendable {
    case create
    case rename(TagID)
    case key(TagID)
    case merge(TagID)
    case confirmDelete(TagID, count: Int)
}

/// The tag manager: the tag list with create, rename, recolour, bind key, merge and delete.
public struct TagManagerState: Equatable, Sendable {
    /// The highlighted tag.
    public var selected = 0
    /// The question being answered, if any.
    public var prompt: TagManagerPrompt?
    /// The text typed for it.
    public var edit = LineEdit()
    /// How many annotations carry each tag across the library (loaded when the manager opens).
    public var counts: [TagID: Int] = [:]
    /// The other articles' annotations (merging and deleting a tag changes them too).
    public var others: [Annotation] = []
}

/// The panel open over the text.
public enum AnnotationPanel: Equatable, Sendable {
    case tagPicker(TagPickerState)
    case noteEditor(NoteEditorState)
    case list(AnnotationListState)
    case tagManager(TagManagerState)
}
