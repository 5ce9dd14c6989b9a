/// What an import file holds: the annotations and, for Marginalia JSON, the tag definitions.
public struct ImportBundle: Hashable, Sendable {
    /// Which reader understood the file.
    public var format: ExportFormat
    /// The annotations, in file order.
    public var candidates: [ImportCandidate]
    /// Full tag definitions (colour, key, description) by id, when the file has them.
    public var tagDefinitions: [Tag]
    /// Things the reader skipped and why (e.g. page notes without a quote), one line each.
    public var skipped: [String]

    /// Creates a bundle.
    public init(format: ExportFormat, candidates: [ImportCandidate], tagDefinitions: [Tag] = [], skipped: [String] = []) {
        self.format = format
        self.candidates = candidates
        self.tagDefinitions = tagDefinitions
        self.skipped = skipped
    }

    /// Reads an import file's bytes in the given format, or detects it (`format` is Marginalia JSON's
    /// `"format": "marginalia-annotations"` member; anything with a Web Annotation `type`, `@context`, or
    /// Hypothesis `rows` is W3C).
    public static func read(_ bytes: [UInt8], format: ExportFormat? = nil) throws(AnnotationImportError) -> ImportBundle {
        let value = try JSONValue.parse(bytes)
        let chosen: ExportFormat
        if let format {
            guard format == .json || format == .w3c else {
                throw .unknownFormat("only json and w3c files can be imported, not \(format.rawValue)")
            }
            chosen = format
        } else {
            chosen = try detect(value)
        }
        switch chosen {
        case .json: return try MarginaliaJSONReader().read(bytes, value: value)
        default: return try W3CReader().read(value)
        }
    }

    /// The format of a parsed document.
    static func detect(_ value: JSONValue) throws(AnnotationImportError) -> ExportFormat {
        if value["format"]?.string == MarginaliaJSONExporter.formatName { return .json }
        if case .array = value { return .w3c }
        if value["type"] != nil || value["@context"] != nil || value["rows"] != nil || value["target"] != nil {
            return .w3c
        }
        if value["annotations"] != nil, value["schema"] != nil { return .json }
        throw .unknownFormat(value.object == nil
            ? "the top level is \(value.kind)"
            : "the top-level object has no \"format\", \"type\" or \"@context\" member")
    }
}

extension ImportBundle {
    /// Reads and parses an import file.
    public static func read(contentsOf path: String, format: ExportFormat? = nil) throws(AnnotationImportError) -> ImportBundle {
        let bytes: [UInt8]
        do {
            bytes = try FileReader.read(path)
        } catch {
            switch error {
            case .missing: throw .unreadable(path: path, reason: "no such file")
            case .directory: throw .unreadable(path: path, reason: "it is a folder")
            case .unreadable(_, let reason): throw .unreadable(path: path, reason: reason)
            default: throw .unreadable(path: path, reason: error.description)
            }
        }
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            throw .unreadable(path: path, reason: "the file is empty")
        }
        return try read(bytes, format: format)
    }
}
