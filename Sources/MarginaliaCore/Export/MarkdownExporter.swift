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
        var out = ""
        out.reserveCapacity(document.annotations.count * 400 + 256)
        switch grouping {
        case .article: renderByArticle(document, into: &out)
        case .tag: renderByTag(document, into: &out)
        }
        while out.hasSuffix("\n\n") { out.removeLast() }
        return out
    }

    private func summary(_ document: ExportDocument) -> String {
        let count = document.annotations.count
        let articles = document.articles.count
        let orphans = document.annotations.count(where: \.isOrphaned)
        var text = "Exported \(Timestamp.string(document.exported)): \(count) annotation\(count == 1 ? "" : "s")"
            + " on \(articles) article\(articles == 1 ? "" : "s")"
        if orphans > 0 { text += ", \(orphans) orphaned" }
        return text + "."
    }

    private func renderByArticle(_ document: ExportDocument, into out: inout String) {
        out += "# Marginalia annotations\n\n"
        out += summary(document) + "\n\n"
        for (article, annotations) in document.byArticle {
            out += "## " + MarkdownEscaping.singleLine(article.displayTitle) + "\n\n"
            source(article, into: &out)
            for annotation in annotations {
                passage(annotation, in: document, showTags: true, into: &out)
            }
        }
    }

    private func renderByTag(_ document: ExportDocument, into out: inout String) {
        out += "# Marginalia codebook\n\n"
        out += summary(document) + "\n\n"
        var byTag: [TagID: [Annotation]] = [:]
        var untagged: [Annotation] = []
        for annotation in document.annotations {
            let tags = document.tags(of: annotation)
            if tags.isEmpty { untagged.append(annotation) }
            for tag in tags { byTag[tag.id, default: []].append(annotation) }
        }
        for tag in document.tags.tags {
            out += "## " + MarkdownEscaping.hashtag(tag.name) + "\n\n"
            if let description = tag.description, !description.isEmpty {
                paragraphs(description, into: &out)
            }
            let passages = byTag[tag.id] ?? []
            if passages.isEmpty {
                out += "*No passages.*\n\n"
                continue
            }
            section(passages, in: document, into: &out)
        }
        if !untagged.isEmpty {
            out += "## Untagged\n\n"
            section(untagged, in: document, into: &out)
        }
    }

    /// Passages under their article's title (a level-3 heading per article).
    private func section(_ annotations: [Annotation], in document: ExportDocument, into out: inout String) {
        var current: ArticleID?
        for annotation in annotations {
            if annotation.articleID != current {
                current = annotation.articleID
                let article = document.article(annotation.articleID)
                out += "### " + MarkdownEscaping.singleLine(article.displayTitle) + "\n\n"
                source(article, into: &out)
            }
            passage(annotation, in: document, showTags: true, into: &out)
        }
    }

    private func source(_ article: ExportArticle, into out: inout String) {
        out += "Source: " + link(article.sourceURI)
        if let byline = article.byline, !byline.isEmpty { out += "  \nAuthor: " + MarkdownEscaping.singleLine(byline) }
        out += "\n\n"
    }

    /// An autolink, or escaped text when the address cannot be one.
    private func link(_ uri: String) -> String {
        let plain = uri.unicodeScalars.allSatisfy { $0.value > 0x20 && $0 != "<" && $0 != ">" && $0.value != 0x7F }
        return plain ? "<" + uri + ">" : MarkdownEscaping.singleLine(uri)
    }

    private func passage(_ annotation: Annotation, in document: ExportDocument, showTags: Bool, into out: inout String) {
        for line in MarkdownEscaping.lines(annotation.quote) {
            out += line.isEmpty ? ">\n" : "> " + line + "\n"
        }
        out += "\n"
        let tags = document.tags(of: annotation)
        if showTags, !tags.isEmpty {
            out += tags.map { MarkdownEscaping.hashtag($0.name) }.joined(separator: " ") + "\n\n"
        }
        if let note = annotation.note, !note.isEmpty {
            paragraphs(note, lead: "**Note:** ", into: &out)
        }
        if case .comment(let id) = annotation.part {
            let author = document.commentAuthor(of: annotation).map(MarkdownEscaping.singleLine)
            out += "*In a comment by " + (author.map { "**\($0)**" } ?? "an unknown commenter")
                + " (comment " + MarkdownEscaping.singleLine(id) + ").*\n\n"
        }
        switch annotation.status {
        case .orphaned: out += "*Orphaned: this passage was not found in the article's current text.*\n\n"
        case .fuzzy: out += "*Re-anchored approximately: the article's text changed here.*\n\n"
        case .anchored: break
        }
    }

    /// Text as escaped paragraphs; line breaks inside a paragraph become hard breaks.
    private func paragraphs(_ text: String, lead: String = "", into out: inout String) {
        var paragraph: [String] = []
        var first = true
        func flush() {
            guard !paragraph.isEmpty else { return }
            out += (first ? lead : "") + paragraph.joined(separator: "\\\n") + "\n\n"
            first = false
            paragraph.removeAll()
        }
        for line in MarkdownEscaping.lines(text) {
            if line.isEmpty { flush() } else { paragraph.append(line) }
        }
        flush()
    }
}
