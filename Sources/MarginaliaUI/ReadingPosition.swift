import MarginaliaCore

/// Reading progress of a saved position, without laying anything out: the share of the body's text
/// before it (the library view shows it for every article).
public enum ReadingProgress {
    /// Percent (0...100) of the body before `position`.
    public static func percent(of position: ReadingPosition, in article: Article) -> Int {
        guard position.part == .body else { return 0 }
        var before = 0
        var total = 0
        for (i, block) in article.body.enumerated() {
            let length = block.text.utf8.count + 1
            if i < position.block { before += length }
            total += length
        }
        if article.body.indices.contains(position.block) {
            before += min(position.offset, article.body[position.block].text.utf8.count)
        }
        return total == 0 ? 0 : min(100, before * 100 / total)
    }
}
