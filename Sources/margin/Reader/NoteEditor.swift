#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import Glibc
import MarginaliaUI

/// Edits a note in the user's editor: `$VISUAL`, else `$EDITOR`, else `vi`, run through `/bin/sh` so an editor
/// given with arguments (`code -w`) works, on a temporary file holding the note.
enum NoteEditor {
    /// Why an edit failed.
    enum Failure: Error, CustomStringConvertible {
        case temporaryFile(String)
        case launch(String, Int32)
        case editorFailed(String, Int32)

        var description: String {
            switch self {
            case .temporaryFile(let path): "cannot write the temporary note file \(path)"
            case .launch(let editor, let code): "cannot run the editor '\(editor)' (error \(code))"
            case .editorFailed(let editor, let status): "the editor '\(editor)' failed (status \(status)); note not changed"
            }
        }
    }

    /// Runs the editor on `note` and returns the text it saved (a trailing newline removed).
    static func edit(_ note: String, environment: [String: String]) -> Result<String, Failure> {
        let editor = EditorChoice.command(environment: environment)
        let folder = environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        var template = Array((folder + "/marginalia-note-XXXXXX.md").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemps($0.baseAddress!, 3) }
        let path = template.withUnsafeBufferPointer { String(cString: $0.baseAddress!) }
        guard fd >= 0 else { return .failure(.temporaryFile(path)) }
        defer { unlink(path) }
        let bytes = Array((note.isEmpty ? "" : note + "\n").utf8)
        let written = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        guard written == bytes.count else { return .failure(.temporaryFile(path)) }
        var pid: pid_t = 0
        let arguments = ["/bin/sh", "-c", editor + " \"$1\"", "sh", path]
        var cArguments = arguments.map { strdup($0) } + [nil]
        defer { for pointer in cArguments { free(pointer) } }
        let spawned = posix_spawn(&pid, "/bin/sh", nil, nil, &cArguments, environ)
        guard spawned == 0 else { return .failure(.launch(editor, spawned)) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let exitCode = (status >> 8) & 0xFF
        guard status & 0x7F == 0, exitCode == 0 else { return .failure(.editorFailed(editor, exitCode)) }
        guard let data = FileManager.default.contents(atPath: path) else { return .failure(.temporaryFile(path)) }
        var text = String(decoding: data, as: UTF8.self)
        while text.hasSuffix("\n") || text.hasSuffix("\r") { text.removeLast() }
        return .success(text)
    }
}
