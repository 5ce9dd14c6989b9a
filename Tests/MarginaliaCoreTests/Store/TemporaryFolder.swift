import Foundation

/// A fresh temporary folder for one test, removed afterwards.
final class TemporaryFolder {
    let path: String

    init() {
        path = NSTemporaryDirectory() + "marginalia-test-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit {
        // Restore write permission first, in case a test made the folder read-only.
        _ = try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: path)
        if let items = FileManager.default.enumerator(atPath: path) {
            for case let item as String in items {
                _ = try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: path + "/" + item)
            }
        }
        try? FileManager.default.removeItem(atPath: path)
    }

    func bytes(_ name: String) -> Data? { FileManager.default.contents(atPath: path + "/" + name) }

    func write(_ text: String, to name: String) {
        try! text.write(toFile: path + "/" + name, atomically: false, encoding: .utf8)
    }

    func mode(_ name: String) -> Int {
        let attributes = try! FileManager.default.attributesOfItem(atPath: path + "/" + name)
        return (attributes[.posixPermissions] as! NSNumber).intValue
    }
}
