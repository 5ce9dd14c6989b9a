import Foundation

/// Finds executables built alongside the tests: on Linux the test runner (/proc/self/exe) lives in the build
/// folder next to them; elsewhere, the bundle's folder.
enum BuiltBinary {
    static func path(_ name: String) -> String {
        let runner = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? Bundle.main.bundlePath
        var folder = URL(fileURLWithPath: runner).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent(name).path
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        fatalError("\(name) was not built next to the tests (looked near \(runner)); run `swift build` first")
    }
}
