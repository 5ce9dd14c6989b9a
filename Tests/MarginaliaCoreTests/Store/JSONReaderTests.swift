import Foundation
import Testing
@testable import MarginaliaCore

@Suite struct JSONReaderTests {
    func read<T>(_ text: [UInt8], _ body: (inout JSONReader) throws(JSONReader.Failure) -> T) -> Result<T, JSONReader.Failure> {
        text.withUnsafeBufferPointer { buffer in
            var reader = JSONReader(buffer)
            do throws(JSONReader.Failure) { return .success(try body(&reader)) } catch { return .failure(error) }
        }
    }

    func isSyntax<T>(_ result: Result<T, JSONReader.Failure>) -> Bool {
        if case .failure(.syntax) = result { true } else { false }
    }

    func isShape<T>(_ result: Result<T, JSONReader.Failure>) -> Bool {
        if case .failure(.shape) = result { true } else { false }
    }

    @Test func stringsWithEscapesAndUnicode() throws {
        let text = Array(#"["plain", "tab\tnew\nline \"q\" \\ \/ \u00e9 \ud83d\ude00", "é直😀"]"#.utf8)
        let strings = try read(text) { (reader: inout JSONReader) throws(JSONReader.Failure) -> [String] in
            var result: [String] = []
            try reader.array { reader throws(JSONReader.Failure) in result.append(try reader.string()) }
            return result
        }.get()
        #expect(strings == ["plain", "tab\tnew\nline \"q\" \\ / é 😀", "é直😀"])
    }

    @Test func brokenTextIsASyntaxErrorAndWrongTypesAShapeError() {
        #expect(isSyntax(read(Array("\"unterminated".utf8)) { (r: inout JSONReader) throws(JSONReader.Failure) in try r.string() }))
        #expect(isSyntax(read([0x22, 0xC3, 0x28, 0x22]) { (r: inout JSONReader) throws(JSONReader.Failure) in try r.string() }))
        #expect(isSyntax(read([0x22, 0xED, 0xA0, 0x80, 0x22]) { (r: inout JSONReader) throws(JSONReader.Failure) in try r.string() }))
        #expect(isSyntax(read(Array("\"\\ud800\"".utf8)) { (r: inout JSONReader) throws(JSONReader.Failure) in try r.string() }))
        #expect(isSyntax(read(Array("\"a\u{1}b\"".utf8)) { (r: inout JSONReader) throws(JSONReader.Failure) in try r.string() }))
        #expect(isShape(read(Array("12".utf8)) { (r: inout JSONReader) throws(JSONReader.Failure) in try r.string() }))
        #expect(isShape(read(Array("1.5".utf8)) { (r: inout JSONReader) throws(JSONReader.Failure) in try r.int() }))
        #expect(isShape(read(Array("99999999999999999999999".utf8)) { (r: inout JSONReader) throws(JSONReader.Failure) in try r.int() }))
        #expect(isSyntax(read(Array("{\"a\":1,}".utf8)) { (r: inout JSONReader) throws(JSONReader.Failure) in
            try r.object { reader, _ throws(JSONReader.Failure) in try reader.skipValue() }
        }))
    }

    @Test func keysWithEscapesStillMatch() throws {
        let text = Array(#"{"\u0069d": 7, "other": [1, {"x": null}], "n": -3}"#.utf8)
        let (id, n) = try read(text) { (reader: inout JSONReader) throws(JSONReader.Failure) -> (Int, Int) in
            var id = 0
            var n = 0
            try reader.object { reader, key throws(JSONReader.Failure) in
                switch key {
                case "id": id = try reader.int()
                case "n": n = try reader.int()
                default: try reader.skipValue()
                }
            }
            return (id, n)
        }.get()
        #expect(id == 7 && n == -3)
    }

    @Test func uuidFastPathAgreesWithFoundation() throws {
        let id = UUID()
        for text in [id.uuidString, id.uuidString.lowercased()] {
            let parsed = try read(Array("\"\(text)\"".utf8)) { (r: inout JSONReader) throws(JSONReader.Failure) in try r.uuid() }.get()
            #expect(parsed == id)
        }
        #expect(isShape(read(Array("\"not-a-uuid\"".utf8)) { (r: inout JSONReader) throws(JSONReader.Failure) in try r.uuid() }))
        #expect(isShape(read(Array("\"zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz\"".utf8)) { (r: inout JSONReader) throws(JSONReader.Failure) in try r.uuid() }))
    }
}
