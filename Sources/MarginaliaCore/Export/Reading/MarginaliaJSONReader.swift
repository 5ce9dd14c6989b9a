#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Reads Marginalia's own JSON export (see `MarginaliaJSONExporter`), checking every field and naming the
/// place of the first problem (`$.annotations[3].start`).
struct MarginaliaJSONReader {
    /// The decoded file.
    private struct File: Decodable {
        struct ArticleInfo: Decodable {
            var id: ArticleID
            var title: String?
            var url: String?
            var sourcePath: String?
            var source: String?
        }

        var schema: Int
        var articles: [ArticleInfo]
        var tags: [Tag]
        var annotations: [Annotation]

        enum CodingKeys: String, CodingKey { case schema, articles, tags, annotations }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            schema = try container.decode(Int.self, forKey: .schema)
            if schema > MarginaliaJSONExporter.schema { throw NewerSchemaVersion(found: schema) }
            articles = try container.decodeIfPresent([ArticleInfo].self, forKey: .articles) ?? []
            tags = try container.decodeIfPresent([Tag].self, forKey: .tags) ?? []
            annotations = try container.decode([Annotation].self, forKey: .annotations)
        }
    }

    func read(_ bytes: [UInt8], value: JSONValue) throws(AnnotationImportError) -> ImportBundle {
        let file: File
        do {
            file = try JSONDecoder().decode(File.self, from: Data(bytes))
        } catch let error as NewerSchemaVersion {
            throw .newerSchema(found: error.found, supported: MarginaliaJSONExporter.schema)
        } catch let error as DecodingError {
            throw Self.describe(error)
        } catch {
            throw .malformed(at: "$", "\(error)")
        }
        var tagsByID: [TagID: Tag] = [:]
        var names = Set<String>()
        for (index, tag) in file.tags.enumerated() {
            do {
                try TagSet.validate(name: tag.name)
            } catch {
                throw .malformed(at: "$.tags[\(index)].name", error.description)
            }
            if let key = tag.key {
                do {
                    try TagSet.validate(key: key)
                } catch {
                    throw .malformed(at: "$.tags[\(index)].key", error.description)
                }
            }
            if tagsByID[tag.id] != nil { throw .malformed(at: "$.tags[\(index)].id", "tag id \(tag.id) appears twice") }
            if !names.insert(tag.foldedName).inserted {
                throw .malformed(at: "$.tags[\(index)].name", "tag name '\(tag.name)' appears twice")
            }
            tagsByID[tag.id] = tag
        }
        var articles: [ArticleID: File.ArticleInfo] = [:]
        for article in file.articles { articles[article.id] = article }
        var candidates: [ImportCandidate] = []
        candidates.reserveCapacity(file.annotations.count)
        for (index, annotation) in file.annotations.enumerated() {
            let place = "$.annotations[\(index)]"
            var tags: [ImportCandidate.TagReference] = []
            for (position, id) in annotation.tagIDs.enumerated() {
                guard let tag = tagsByID[id] else {
                    throw .malformed(at: "\(place).tags[\(position)]", "tag id \(id) is not defined in $.tags")
                }
                tags.append(.init(id: id, name: tag.name))
            }
            let info = articles[annotation.articleID]
            candidates.append(ImportCandidate(
                place: place, id: annotation.id, articleID: annotation.articleID,
                source: info.flatMap { $0.url ?? $0.source },
                title: info?.title, part: annotation.part, selector: annotation.selector, hasPosition: true,
                tags: tags, note: annotation.note, created: annotation.created, modified: annotation.modified,
                status: annotation.status, originalQuote: annotation.originalQuote))
            if let info, info.url == nil, let path = info.sourcePath, candidates[candidates.count - 1].source == nil {
                candidates[candidates.count - 1].source = FileURI.from(path: path)
            }
        }
        return ImportBundle(format: .json, candidates: candidates, tagDefinitions: file.tags)
    }

    /// A decoding error as a place and a problem.
    static func describe(_ error: DecodingError) -> AnnotationImportError {
        func place(_ path: [any CodingKey], _ last: (any CodingKey)? = nil) -> String {
            var text = "$"
            for key in path + (last.map { [$0] } ?? []) {
                if let index = key.intValue { text += "[\(index)]" } else { text += "." + key.stringValue }
            }
            return text
        }
        switch error {
        case .keyNotFound(let key, let context):
            return .malformed(at: place(context.codingPath), "the required member \"\(key.stringValue)\" is missing")
        case .typeMismatch(let type, let context):
            return .malformed(at: place(context.codingPath), "expected \(Self.kind(type)) (\(context.debugDescription))")
        case .valueNotFound(let type, let context):
            return .malformed(at: place(context.codingPath), "expected \(Self.kind(type)), found null")
        case .dataCorrupted(let context):
            return .malformed(at: place(context.codingPath), context.debugDescription)
        @unknown default:
            return .malformed(at: "$", "\(error)")
        }
    }

    private static func kind(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type, is Double.Type: "a number"
        case is Bool.Type: "a boolean"
        default: "\(type)"
        }
    }
}
