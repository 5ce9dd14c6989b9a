/// Finds selectors again in a (possibly edited) text, following the rules in Docs/anchoring.md:
/// the stored range if the quote is still there; else the exact quote, choosing by prefix, suffix and nearness;
/// else an approximate match scored on quote, prefix, suffix and position; else nothing.
///
/// Anchor the selectors of one part in order of their old start: the anchorer remembers the shifts it found,
/// so that after an insertion most selectors are confirmed with a single comparison.
public struct Anchorer: Sendable {
    /// The text being anchored in.
    public let text: ScalarText
    /// Quotes shorter than this are only matched exactly (a short fuzzy match is mostly noise).
    public static let minimumFuzzyLength = 8
    /// Shifts (new start minus old start) seen recently, most recent first.
    private var recentShifts: [Int] = []

    /// Prepares to anchor in this text.
    public init(text: ScalarText) {
        self.text = text
    }

    /// The largest edit distance accepted for a fuzzy match of a quote of this length.
    public static func maximumDistance(forQuoteLength length: Int) -> Int { length / 4 }

    /// Finds the selector in the text.
    public mutating func anchor(_ selector: TextSelector, allowFuzzy: Bool = true) -> AnchorResult {
        let quote = ScalarText(selector.quote).scalars
        let prefix = ScalarText(selector.prefix).scalars
        let suffix = ScalarText(selector.suffix).scalars
        let m = quote.count
        guard m > 0, m <= text.count else { return .notFound }
        let oldStart = selector.start
        // 1. The stored position, if the text there still equals the quote.
        if TextSearch.matches(quote, in: text.scalars, at: oldStart) {
            remember(shift: 0)
            return .exact(oldStart..<(oldStart + m))
        }
        // A shift seen for a neighbour, confirmed by the quote and its whole context.
        for shift in recentShifts where shift != 0 {
            let candidate = oldStart + shift
            if TextSearch.matches(quote, in: text.scalars, at: candidate),
               contextAgreement(prefix: prefix, suffix: suffix, start: candidate, end: candidate + m) == 2 {
                remember(shift: shift)
                return .exact(candidate..<(candidate + m))
            }
        }
        let expected = oldStart + (recentShifts.first ?? 0)
        // 2. The exact quote anywhere, best context first, then nearness.
        let occurrences = TextSearch.occurrences(of: quote, in: text.scalars, limit: 100_000)
        if !occurrences.isEmpty {
            var best = occurrences[0]
            var bestScore = -Double.infinity
            for start in occurrences {
                let score = contextAgreement(prefix: prefix, suffix: suffix, start: start, end: start + m)
                    + 0.25 * proximity(start, expected)
                if score > bestScore {
                    bestScore = score
                    best = start
                }
            }
            remember(shift: best - oldStart)
            return .exact(best..<(best + m))
        }
        // 3. An approximate match, near the expected place first, then anywhere.
        guard allowFuzzy, m >= Self.minimumFuzzyLength else { return .notFound }
        let maxDistance = Self.maximumDistance(forQuoteLength: m)
        let slack = max(4096, 8 * m)
        let window = max(0, expected - slack)..<min(text.count, expected + m + slack)
        var best = bestFuzzy(quote, prefix, suffix, expected: expected, maxDistance: maxDistance, in: window)
        if best.map({ $0.score < 0.85 }) ?? true, window != 0..<text.count {
            let everywhere = bestFuzzy(
                quote, prefix, suffix, expected: expected, maxDistance: maxDistance, in: 0..<text.count)
            if let everywhere, everywhere.score > (best?.score ?? -1) { best = everywhere }
        }
        guard let best else { return .notFound }
        remember(shift: best.range.lowerBound - oldStart)
        return .fuzzy(best.range, distance: best.distance)
    }

    /// A scored approximate match.
    private struct Scored {
        var range: Range<Int>
        var distance: Int
        var score: Double
    }

    private func bestFuzzy(
        _ quote: [UInt32], _ prefix: [UInt32], _ suffix: [UInt32], expected: Int, maxDistance: Int,
        in window: Range<Int>
    ) -> Scored? {
        let m = quote.count
        var best: Scored?
        for candidate in FuzzySearch.candidates(of: quote, in: text.scalars, window: window, maxDistance: maxDistance) {
            let range = text.snappedToGraphemes(wordAligned(candidate.range, like: quote))
            guard !range.isEmpty else { continue }
            let quoteSimilarity = 1 - Double(candidate.distance) / Double(m)
            let prefixSimilarity = similarity(
                prefix, text.scalars[max(0, range.lowerBound - prefix.count)..<range.lowerBound],
                emptyMatches: range.lowerBound == 0)
            let suffixSimilarity = similarity(
                suffix, text.scalars[range.upperBound..<min(text.count, range.upperBound + suffix.count)],
                emptyMatches: range.upperBound == text.count)
            // A loose match must be supported by its context, or it is more likely another passage.
            guard quoteSimilarity >= 0.9 || prefixSimilarity + suffixSimilarity >= 0.5 else { continue }
            let score = 0.6 * quoteSimilarity + 0.15 * prefixSimilarity + 0.15 * suffixSimilarity
                + 0.1 * proximity(range.lowerBound, expected)
            if score > best?.score ?? -1 { best = Scored(range: range, distance: candidate.distance, score: score) }
        }
        return best
    }

    /// The closest-edit match can start or end inside a word ("though" inside "Although"); when the quote
    /// itself starts (ends) with a whole word, widen the match to the start (end) of the word it cuts.
    private func wordAligned(_ range: Range<Int>, like quote: [UInt32]) -> Range<Int> {
        let scalars = text.scalars
        func isWord(_ value: UInt32) -> Bool {
            guard let scalar = Unicode.Scalar(value) else { return false }
            return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
        }
        var lower = range.lowerBound
        var upper = range.upperBound
        if let first = quote.first, isWord(first), lower < upper, isWord(scalars[lower]) {
            var steps = 0
            while lower > 0, isWord(scalars[lower - 1]), steps < 24 {
                lower -= 1
                steps += 1
            }
            if steps == 24 { lower = range.lowerBound }
        }
        if let last = quote.last, isWord(last), lower < upper, isWord(scalars[upper - 1]) {
            var steps = 0
            while upper < scalars.count, isWord(scalars[upper]), steps < 24 {
                upper += 1
                steps += 1
            }
            if steps == 24 { upper = range.upperBound }
        }
        return lower..<upper
    }

    /// 0...2: how much of the stored prefix and suffix agree with the text around `start..<end`.
    private func contextAgreement(prefix: [UInt32], suffix: [UInt32], start: Int, end: Int) -> Double {
        let scalars = text.scalars
        var before = 0
        while before < prefix.count, start - 1 - before >= 0,
              scalars[start - 1 - before] == prefix[prefix.count - 1 - before] { before += 1 }
        var after = 0
        while after < suffix.count, end + after < scalars.count, scalars[end + after] == suffix[after] { after += 1 }
        let p = prefix.isEmpty ? (start == 0 ? 1 : 0.5) : Double(before) / Double(prefix.count)
        let s = suffix.isEmpty ? (end == scalars.count ? 1 : 0.5) : Double(after) / Double(suffix.count)
        return p + s
    }

    /// 0...1: 1 minus the edit distance relative to the stored context's length.
    private func similarity(_ stored: [UInt32], _ actual: ArraySlice<UInt32>, emptyMatches: Bool) -> Double {
        if stored.isEmpty { return emptyMatches ? 1 : 0.5 }
        let distance = EditDistance.levenshtein(stored, Array(actual))
        return max(0, 1 - Double(distance) / Double(stored.count))
    }

    /// 0...1: closeness of a position to where the passage was expected.
    private func proximity(_ position: Int, _ expected: Int) -> Double {
        1 - min(1, Double(abs(position - expected)) / Double(max(1, text.count)))
    }

    private mutating func remember(shift: Int) {
        if let index = recentShifts.firstIndex(of: shift) { recentShifts.remove(at: index) }
        recentShifts.insert(shift, at: 0)
        if recentShifts.count > 4 { recentShifts.removeLast() }
    }
}
