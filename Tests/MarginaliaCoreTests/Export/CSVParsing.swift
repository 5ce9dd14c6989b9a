/// A strict RFC 4180 parser for checking the CSV export (fails on a stray quote).
enum CSVParsing {
    struct Malformed: Error, CustomStringConvertible {
        var description: String
    }

    static func parse(_ text: String) throws -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var scalars = Array(text.unicodeScalars)[...]
        var quoted = false
        var fieldStart = true
        while let scalar = scalars.popFirst() {
            if quoted {
                if scalar == "\"" {
                    if scalars.first == "\"" {
                        scalars.removeFirst()
                        field.unicodeScalars.append("\"")
                    } else {
                        quoted = false
                        guard let next = scalars.first, next == "," || next == "\r" else {
                            throw Malformed(description: "a closing quote must end the field, before \(String(describing: scalars.first))")
                        }
                    }
                } else {
                    field.unicodeScalars.append(scalar)
                }
                continue
            }
            switch scalar {
            case "\"" where fieldStart:
                quoted = true
                fieldStart = false
            case "\"":
                throw Malformed(description: "a quote inside an unquoted field")
            case ",":
                row.append(field)
                field = ""
                fieldStart = true
            case "\r":
                guard scalars.popFirst() == "\n" else { throw Malformed(description: "CR without LF") }
                row.append(field)
                rows.append(row)
                row = []
                field = ""
                fieldStart = true
            case "\n":
                throw Malformed(description: "a bare LF outside quotes")
            default:
                field.unicodeScalars.append(scalar)
                fieldStart = false
            }
        }
        if quoted { throw Malformed(description: "unterminated quoted field") }
        if !field.isEmpty || !row.isEmpty { throw Malformed(description: "the last record has no CRLF") }
        return rows
    }
}
