/// How the Markdown export is organised.
public enum ExportGrouping: String, Hashable, Sendable, CaseIterable {
    /// A section per article, passages in reading order.
    case article
    /// A codebook: a section per tag with its description, then its passages with their articles.
    case tag
}
