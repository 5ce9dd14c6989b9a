/// `annotations/<article>.json`: one article's annotations.
struct AnnotationFile: Decodable {
    /// The schema version this build writes and reads.
    static let schema = 1

    var article: ArticleID
    var annotations: [Annotation]

    init(article: ArticleID, annotations: [Annotation]) {
        self.article = article
        self.annotations = annotations
    }

    enum CodingKeys: String, CodingKey { case schema, article, annotations }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try StoreFileCoding.checkSchema(container, key: .schema, supported: Self.schema)
        article = try container.decode(ArticleID.self, forKey: .article)
        annotations = try container.decode([Annotation].self, forKey: .annotations)
        for (index, annotation) in annotations.enumerated() where annotation.articleID != article {
            throw DecodingError.dataCorruptedError(
                forKey: .annotations, in: container,
                debugDescription: "annotation \(index) belongs to article \(annotation.articleID), not \(article)")
        }
    }

    /// The file's bytes: a header line, then one annotation per line (diff-friendly, fast to write).
    func encoded() -> [UInt8] {
        var writer = JSONWriter(capacity: 64 + annotations.count * 400)
        writer.raw("{\"schema\":")
        writer.int(Self.schema)
        writer.raw(",\"article\":")
        writer.string(article.rawValue)
        writer.raw(",\"annotations\":[")
        for (index, annotation) in annotations.enumerated() {
            writer.raw(index == 0 ? "\n" : ",\n")
            writer.annotation(annotation)
        }
        writer.raw("\n]}\n")
        return writer.bytes
    }
}
