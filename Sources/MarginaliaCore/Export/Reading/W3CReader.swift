#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Reads W3C Web Annotations: a single annotation, an `AnnotationPage`, an `AnnotationCollection` with its
/// first page embedded, or a plain array of annotations, including other tools' output (Hypothesis-style:
/// a `TextQuoteSelector`, maybe no position, tags in `tags`, the note in `text`).
///
/// Every annotation is checked before any is returned; the first problem is reported with its JSON path.
struct W3CReader {
    /// The time given to annotations that carry none.
    var now: Date = Timestamp.now()

    func read(_ value: JSONValue) throws(AnnotationImportError) -> ImportBundle {
        var skipped: [String] = []
        var candidates: [ImportCandidate] = []
        for (item, place) in try items(of: value) {
            if let candidate = try annotation(item, at: place, skipped: &skipped) { candidates.append(candidate) }
        }
        return ImportBundle(format: .w3c, candidates: candidates, skipped: skipped)
    }

    /// The annotations in the document with their places.
    private func items(of value: JSONValue) throws(AnnotationImportError) -> [(JSONValue, String)] {
        func listed(_ list: JSONValue?, _ place: String) throws(AnnotationImportError) -> [(JSONValue, String)] {
            guard let list else { return [] }
            guard case .array(let values) = list else { throw .malformed(at: place, "expected an array, found \(list.kind)") }
            return values.enumerated().map { ($0.element, "\(place)[\($0.offset)]") }
        }
        if case .array = value { return try listed(value, "$") }
        guard value.object != nil else { throw .malformed(at: "$", "expected an object or an array, found \(value.kind)") }
        if value["rows"] != nil { return try listed(value["rows"], "$.rows") }  // a Hypothesis API search result
        let types = Self.types(value)
        if types.contains("AnnotationCollection") {
            guard let first = value["first"] else {
                let total = Self.int(value["total"]) ?? 0
                if total == 0 { return [] }
                throw .malformed(at: "$.first", "the collection has \(total) annotations but no first page")
            }
            guard first.object != nil else {
                throw .malformed(at: "$.first", "the first page is \(first.kind), not an embedded page; "
                    + "only collections with their pages embedded can be imported")
            }
            var result = try listed(first["items"], "$.first.items")
            // Further pages are followed when they are embedded too.
            var page = first
            var place = "$.first"
            while let next = page["next"], next.object != nil {
                place += ".next"
                result += try listed(next["items"], place + ".items")
                page = next
            }
            return result
        }
        if types.contains("AnnotationPage") { return try listed(value["items"], "$.items") }
        return [(value, "$")]
    }

    /// One annotation, or nil (with a note in `skipped`) when it has no quote to anchor.
    private func annotation(_ value: JSONValue, at place: String, skipped: inout [String]) throws(AnnotationImportError) -> ImportCandidate? {
        guard let members = value.object else { throw .malformed(at: place, "expected an annotation object, found \(value.kind)") }
        let types = Self.types(value)
        if !types.isEmpty, !types.contains("Annotation") {
            throw .malformed(at: place + ".type", "expected \"Annotation\", found \(types.map { "\"\($0)\"" }.joined(separator: ", "))")
        }
        // The target: the first one with a TextQuoteSelector.
        guard let targetValue = members["target"] ?? members["uri"] else {
            throw .malformed(at: place, "the required member \"target\" is missing")
        }
        var source: String?
        var quote: (exact: String, prefix: String, suffix: String)?
        var position: (start: Int, end: Int)?
        for (index, target) in targetValue.list.enumerated() {
            let targetPlace = targetValue.list.count == 1 && !isArray(targetValue) ? place + ".target" : place + ".target[\(index)]"
            switch target {
            case .string(let iri):
                if source == nil { source = iri }
            case .object(let object):
                let found = try self.source(of: object, at: targetPlace)
                if source == nil || quote == nil { source = found ?? source }
                guard quote == nil, let selectors = object["selector"] else { continue }
                for (n, selector) in selectors.list.enumerated() {
                    let selectorPlace = isArray(selectors) ? "\(targetPlace).selector[\(n)]" : "\(targetPlace).selector"
                    try read(selector, at: selectorPlace, quote: &quote, position: &position)
                }
                if quote != nil, let found { source = found }
            default:
                throw .malformed(at: targetPlace, "expected a target object or IRI, found \(target.kind)")
            }
        }
        if source == nil { source = members["uri"]?.string }
        guard let quote else {
            skipped.append("\(place): no TextQuoteSelector (a note on a whole page?); not imported")
            return nil
        }
        if quote.exact.isEmpty { throw .malformed(at: place + ".target", "the TextQuoteSelector's \"exact\" is empty") }
        // Bodies: tags and the note.
        var tags: [ImportCandidate.TagReference] = []
        var notes: [String] = []
        var status = AnnotationStatus.anchored
        let motivation = Self.strings(members["motivation"])
        if let bodyValue = members["bodyValue"]?.string, !bodyValue.isEmpty { notes.append(bodyValue) }
        if let body = members["body"] {
            for (index, item) in body.list.enumerated() {
                let bodyPlace = isArray(body) ? "\(place).body[\(index)]" : "\(place).body"
                try read(body: item, at: bodyPlace, motivation: motivation, tags: &tags, notes: &notes, status: &status)
            }
        }
        if let hypothesisTags = members["tags"] {
            for (index, item) in hypothesisTags.list.enumerated() {
                guard let name = item.string else { throw .malformed(at: "\(place).tags[\(index)]", "expected a string, found \(item.kind)") }
                try addTag(name, at: "\(place).tags[\(index)]", to: &tags)
            }
        }
        if let text = members["text"]?.string, !text.isEmpty { notes.append(text) }
        // Identity and times.
        let created = try date(members["created"], at: place + ".created") ?? now
        let modified = try date(members["modified"] ?? members["updated"], at: place + ".modified") ?? created
        var part = PartID.body
        var articleSource = source
        if let source, let fragment = FileURI.fragment(of: source), fragment.hasPrefix("comment-") {
            part = .comment(String(fragment.dropFirst(8)))
            articleSource = ExportArticle.withoutFragment(source)
        }
        let exact = quote.exact
        let length = exact.unicodeScalars.count
        let range = position ?? (0, length)
        let id = try identity(members["id"], at: place + ".id", fallback: "\(articleSource ?? "")\n\(part)\n\(range.start)\n\(exact)")
        var title: String?
        if let document = members["document"], let first = document["title"]?.list.first?.string { title = first }
        return ImportCandidate(
            place: place, id: id, articleID: nil, source: articleSource, title: title, part: part,
            selector: TextSelector(start: range.start, end: range.end, quote: exact, prefix: quote.prefix, suffix: quote.suffix),
            hasPosition: position != nil, tags: tags, note: notes.isEmpty ? nil : notes.joined(separator: "\n\n"),
            created: created, modified: max(modified, created), status: status, originalQuote: nil)
    }

    private func isArray(_ value: JSONValue) -> Bool {
        if case .array = value { return true }
        return false
    }

    /// The source IRI of a target object (`source`, or `id` for a plain resource).
    private func source(of target: [String: JSONValue], at place: String) throws(AnnotationImportError) -> String? {
        if let source = target["source"] {
            if let iri = source.string { return iri }
            if let iri = source["id"]?.string { return iri }
            throw .malformed(at: place + ".source", "expected an IRI string, found \(source.kind)")
        }
        if target["selector"] == nil { return target["id"]?.string }
        return nil
    }

    private func read(
        _ selector: JSONValue, at place: String, quote: inout (exact: String, prefix: String, suffix: String)?,
        position: inout (start: Int, end: Int)?
    ) throws(AnnotationImportError) {
        guard selector.object != nil else {
            if selector.string != nil { return }  // a selector by reference: nothing to anchor with
            throw .malformed(at: place, "expected a selector object, found \(selector.kind)")
        }
        let types = Self.types(selector)
        if types.contains("TextQuoteSelector") {
            guard let exactValue = selector["exact"] else { throw .malformed(at: place, "the required member \"exact\" is missing") }
            guard let exact = exactValue.string else { throw .malformed(at: place + ".exact", "expected a string, found \(exactValue.kind)") }
            let prefix = try optionalString(selector["prefix"], at: place + ".prefix") ?? ""
            let suffix = try optionalString(selector["suffix"], at: place + ".suffix") ?? ""
            if quote == nil { quote = (exact, prefix, suffix) }
        } else if types.contains("TextPositionSelector") {
            guard let startValue = selector["start"] else { throw .malformed(at: place, "the required member \"start\" is missing") }
            guard let endValue = selector["end"] else { throw .malformed(at: place, "the required member \"end\" is missing") }
            guard let start = Self.int(startValue), start >= 0 else {
                throw .malformed(at: place + ".start", "expected a non-negative integer, found \(Self.show(startValue))")
            }
            guard let end = Self.int(endValue), end >= start else {
                throw .malformed(at: place + ".end", "expected an integer not less than start (\(start)), found \(Self.show(endValue))")
            }
            if position == nil { position = (start, end) }
        }
        // Other selectors (CSS, XPath, Range, Fragment) cannot locate text in a plain-text article: ignored.
        if let refined = selector["refinedBy"] {
            for (n, item) in refined.list.enumerated() {
                try read(item, at: place + ".refinedBy" + (isArray(refined) ? "[\(n)]" : ""), quote: &quote, position: &position)
            }
        }
    }

    private func read(
        body: JSONValue, at place: String, motivation: [String], tags: inout [ImportCandidate.TagReference],
        notes: inout [String], status: inout AnnotationStatus
    ) throws(AnnotationImportError) {
        switch body {
        case .string:
            return  // a body by reference (an IRI): nothing to import
        case .object:
            let purposes = Self.strings(body["purpose"])
            let types = Self.types(body)
            guard let valueMember = body["value"] else {
                if types.contains("TextualBody") { throw .malformed(at: place, "the TextualBody has no \"value\"") }
                return  // a resource body (image, link): not representable
            }
            guard let text = valueMember.string else { throw .malformed(at: place + ".value", "expected a string, found \(valueMember.kind)") }
            if purposes.contains("tagging") || (purposes.isEmpty && motivation == ["tagging"]) {
                try addTag(text, at: place + ".value", to: &tags)
            } else if text == W3CExporter.orphanMarker {
                status = .orphaned  // Marginalia's own marker; re-anchoring on import may still find the text
            } else if text == W3CExporter.fuzzyMarker {
                status = .fuzzy
            } else if !text.isEmpty {
                notes.append(text)
            }
        default:
            throw .malformed(at: place, "expected a body object or IRI, found \(body.kind)")
        }
    }

    private func addTag(_ name: String, at place: String, to tags: inout [ImportCandidate.TagReference]) throws(AnnotationImportError) {
        let trimmed = String(name.trimmingASCIISpaces())
        do {
            try TagSet.validate(name: trimmed)
        } catch {
            throw .malformed(at: place, error.description)
        }
        if !tags.contains(where: { $0.name.lowercased() == trimmed.lowercased() }) { tags.append(.init(id: nil, name: trimmed)) }
    }

    private func optionalString(_ value: JSONValue?, at place: String) throws(AnnotationImportError) -> String? {
        guard let value, value != .null else { return nil }
        guard let string = value.string else { throw .malformed(at: place, "expected a string, found \(value.kind)") }
        return string
    }

    private func date(_ value: JSONValue?, at place: String) throws(AnnotationImportError) -> Date? {
        guard let value, value != .null else { return nil }
        guard let string = value.string, let date = Timestamp.parse(string) else {
            throw .malformed(at: place, "expected an ISO 8601 date-time such as 2024-11-02T09:15:00Z, found \(Self.show(value))")
        }
        return Timestamp.truncated(date)
    }

    /// The annotation's UUID: from a `urn:uuid:` or bare UUID id, else derived from the id (or, without one,
    /// from the annotation's content) so that importing the same file again finds the same ids.
    private func identity(_ value: JSONValue?, at place: String, fallback: String) throws(AnnotationImportError) -> UUID {
        var key = "content\n" + fallback
        if let value, value != .null {
            guard let id = value.string else { throw .malformed(at: place, "expected an IRI string, found \(value.kind)") }
            let lower = id.lowercased()
            if lower.hasPrefix("urn:uuid:"), let uuid = UUID(uuidString: String(id.dropFirst(9))) { return uuid }
            if let uuid = UUID(uuidString: id) { return uuid }
            key = "id\n" + id
        }
        return UUID(uuidString: W3CExporter.uuid(SHA256.hash("marginalia-import-v1\n" + key), salt: 0))!
    }

    static func types(_ value: JSONValue) -> [String] {
        strings(value["type"] ?? value["@type"]).map { $0.hasPrefix("oa:") ? String($0.dropFirst(3)) : $0 }
    }

    static func strings(_ value: JSONValue?) -> [String] {
        guard let value else { return [] }
        return value.list.compactMap(\.string)
    }

    static func int(_ value: JSONValue?) -> Int? {
        guard case .number(let number)? = value, number.rounded() == number, abs(number) < 1e15 else { return nil }
        return Int(number)
    }

    private static func show(_ value: JSONValue) -> String {
        switch value {
        case .number(let number): number.rounded() == number && abs(number) < 1e15 ? String(Int(number)) : String(number)
        case .string(let text): "\"\(text.prefix(40))\""
        default: value.kind
        }
    }
}
