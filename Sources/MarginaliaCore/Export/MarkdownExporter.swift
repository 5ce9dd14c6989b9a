/// Markdown for notes apps (Obsidian, Logseq): per article a heading with its title and source, each passage as
/// a blockquote, its tags as `#tags` (hierarchy kept), its note, and for a passage in a comment the commenter;
/// or, grouped by tag, a codebook. All untrusted text is escaped (see `MarkdownEscaping`).
public struct MarkdownExporter: Sendable {
    /// Sections per article or per tag.
    public var grouping: ExportGrouping

    /// Creates an exporter.
    public init(grouping: ExportGrouping = .article) {
        self.grouping = grouping
    }

    /// The Markdown document.
    public func render(_ document: ExportDocument) -> String {
        String(decoding: bytes(document), as: UTF8.self)
    }

    /// The Markdown document's UTF-8 bytes.
    public func bytes(_ document: ExportDocument) -> [UInt8] {
        var writer = Writer(document: document)
        writer.out.reserveCapacity(document.annotations.count * 300 + 256)
        switch grouping {
        case .article: writer.byArticle()
        case .tag: writer.byTag()
        }
        while writer.out.count >= 2, writer.out[writer.out.count - 1] == 0x0A, writer.out[writer.out.count - 2] == 0x0A {
            writer.out.removeLast()
        }
        return writer.out
    }

    /// The state of one rendering: the output and the `#tag` text of each tag, made once.
    private struct Writer {
        let document: ExportDocument
        var out: [UInt8] = []
        let hashtags: [TagID: String]

        init(document: ExportDocument) {
            self.document = document
            var hashtags: [TagID: String] = [:]
            for tag in document.tags.tags { hashtags[tag.id] = MarkdownEscaping.hashtag(tag.name) }
            self.hashtags = hashtags
        }

        mutating func text(_ string: String) { ExportBytes.append(string, to: &out) }

        mutating func summary() {
            let count = document.annotations.count
            let articles = document.articles.count
            let orphans = document.annotations.count(where: \.isOrphaned)
            text("Exported \(Timestamp.string(document.exported)): \(count) annotation\(count == 1 ? "" : "s")"
                + " on \(articles) article\(articles == 1 ? "" : "s")")
            if orphans > 0 { text(", \(orphans) orphaned") }
            text(".\n\n")
        }

        mutating func byArticle() {
            text("# Marginalia annotations\n\n")
            summary()
            for (article, annotations) in document.byArticle {
                text("## ")
                MarkdownEscaping.appendSingleLine(article.displayTitle, to: &out)
                text("\n\n")
                source(article)
                for annotation in annotations { passage(annotation) }
            }
        }

        mutating func byTag() {
            text("# Marginalia codebook\n\n")
            summary()
            var byTag: [TagID: [Annotation]] = [:]
            var untagged: [Annotation] = []
            for annotation in document.annotations {
                let tags = document.tags(of: annotation)
                if tags.isEmpty { untagged.append(annotation) }
                for tag in tags { byTag[tag.id, default: []].append(annotation) }
            }
            for tag in document.tags.tags {
                text("## " + (hashtags[tag.id] ?? "#tag") + "\n\n")
                if let description = tag.description, !description.isEmpty { paragraphs(description) }
                let passages = byTag[tag.id] ?? []
                if passages.isEmpty {
                    text("*No passages.*\n\n")
                    continue
                }
                section(passages)
            }
            if !untagged.isEmpty {
                text("## Untagged\n\n")
                section(untagged)
            }
        }

        /// Passages under their article's title (a level-3 heading per article).
        mutating func section(_ annotations: [Annotation]) {
            var current: ArticleID?
            for annotation in annotations {
                if annotation.articleID != current {
                    current = annotation.articleID
                    let article = document.article(annotation.articleID)
                    text("### ")
                    MarkdownEscaping.appendSingleLine(article.displayTitle, to: &out)
                    text("\n\n")
                    source(article)
                }
                passage(annotation)
            }
        }

        mutating func source(_ article: ExportArticle) {
            text("Source: ")
            let uri = document.source(of: article.id)
            // An autolink, or escaped text when the address cannot be one.
            if uri.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0 != "<" && $0 != ">" && $0.value != 0x7F }) {
                text("<" + uri + ">")
            } else {
                MarkdownEscaping.appendSingleLine(uri, to: &out)
            }
            if let byline = article.byline, !byline.isEmpty {
                text("  \nAuthor: ")
                MarkdownEscaping.appendSingleLine(byline, to: &out)
            }
            text("\n\n")
        }

        mutating func passage(_ annotation: Annotation) {
            MarkdownEscaping.forEachLine(annotation.quote) { line in
                if line.isEmpty {
                    out.append(UInt8(ascii: ">"))
                } else {
                    out.append(UInt8(ascii: ">"))
                    out.append(0x20)
                    MarkdownEscaping.appendLine(line, to: &out)
                }
                out.append(0x0A)
            }
            out.append(0x0A)
            var first = true
            for id in annotation.tagIDs {
                guard let hashtag = hashtags[id] else { continue }
                if !first { out.append(0x20) }
                first = false
                text(hashtag)
            }
            if !first { text("\n\n") }
            if let note = annotation.note, !note.isEmpty { paragraphs(note, lead: "**Note:** ") }
            if case .comment(let id) = annotation.part {
                text("*In a comment by ")
                if let author = document.commentAuthor(of: annotation) {
                    text("**")
                    MarkdownEscaping.appendSingleLine(author, to: &out)
                    text("**")
                } else {
                    text("an unknown commenter")
                }
                text(" (comment ")
                MarkdownEscaping.appendSingleLine(id, to: &out)
                text(").*\n\n")
            }
            switch annotation.status {
            case .orphaned: text("*Orphaned: this passage was not found in the article's current text.*\n\n")
            case .fuzzy: text("*Re-anchored approximately: the article's text changed here.*\n\n")
            case .anchored: break
            }
        }

        /// Text as escaped paragraphs; line breaks inside a paragraph become hard breaks (`\` at line end).
        mutating func paragraphs(_ string: String, lead: String = "") {
            var open = false
            var first = true
            MarkdownEscaping.forEachLine(string) { line in
                var start = 0
                while start < line.count, line[start] == 0x20 || line[start] == 0x09 { start += 1 }
                if start == line.count {
                    if open { out.append(contentsOf: [0x0A, 0x0A]) }
                    open = false
                    return
                }
                if open {
                    out.append(UInt8(ascii: "\\"))
                    out.append(0x0A)
                } else if first {
                    ExportBytes.append(lead, to: &out)
                    first = false
                }
                open = true
                MarkdownEscaping.appendLine(line, to: &out)
            }
            if open { out.append(contentsOf: [0x0A, 0x0A]) }
        }
    }
}
