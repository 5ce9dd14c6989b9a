/// Approximate search: Myers' bit-parallel algorithm finds where (a 64-scalar piece of) the quote ends within
/// a bounded edit distance in O(text) time; each such place is then aligned exactly with the whole quote.
enum FuzzySearch {
    /// An approximate occurrence of a pattern.
    struct Candidate: Hashable {
        var range: Range<Int>
        var distance: Int
    }

    /// Approximate occurrences of `pattern` in `text[window]` within `maxDistance` edits.
    static func candidates(of pattern: [UInt32], in text: [UInt32], window: Range<Int>, maxDistance: Int) -> [Candidate] {
        let m = pattern.count
        guard m > 0, !window.isEmpty else { return [] }
        // Quotes longer than a machine word are searched by their first and last 64 scalars: an edit-limited
        // match of the whole quote leaves at least one of them within its share of the edits, unless the edits
        // crowd into both ends.
        var pieces: [(piece: [UInt32], isHead: Bool)] = []
        if m <= 64 {
            pieces = [(pattern, true)]
        } else {
            pieces = [(Array(pattern[0..<64]), true), (Array(pattern[(m - 64)..<m]), false)]
        }
        var seen = Set<Range<Int>>()
        var result: [Candidate] = []
        for (piece, isHead) in pieces {
            let pieceLimit = m <= 64 ? maxDistance : min(maxDistance, piece.count / 4)
            for end in ends(of: piece, in: text, window: window, maxDistance: pieceLimit) {
                // Where the whole quote could lie, given where the piece ended.
                let lower: Int
                let upper: Int
                if isHead {
                    let start = end - piece.count
                    lower = start - pieceLimit
                    upper = start + m + maxDistance
                } else {
                    lower = end - m - maxDistance
                    upper = end + pieceLimit
                }
                let area = max(window.lowerBound, lower)..<min(window.upperBound, upper)
                guard let (range, distance) = EditDistance.bestAlignment(of: pattern, in: text, window: area),
                      distance <= maxDistance, !seen.contains(range) else { continue }
                seen.insert(range)
                result.append(Candidate(range: range, distance: distance))
            }
        }
        return result
    }

    /// The ends (exclusive) of the best approximate occurrences of a pattern of at most 64 scalars: one per run
    /// of positions within the limit, the best ones first, at most 64 of them.
    static func ends(of pattern: [UInt32], in text: [UInt32], window: Range<Int>, maxDistance: Int) -> [Int] {
        let m = pattern.count
        precondition(m > 0 && m <= 64)
        // Bit masks of the pattern positions holding each scalar, bucketed by its low byte; a bucket shared with
        // another scalar can only under-estimate distances, and every candidate is verified afterwards.
        var peq = [UInt64](repeating: 0, count: 256)
        for (i, scalar) in pattern.enumerated() { peq[Int(scalar & 0xFF)] |= 1 << UInt64(i) }
        let high: UInt64 = 1 << UInt64(m - 1)
        var runs: [(end: Int, score: Int)] = []
        var runBest: (end: Int, score: Int)?
        text.withUnsafeBufferPointer { t in
            peq.withUnsafeBufferPointer { peq in
                // The bit vectors and score live in locals of this closure, not in captured variables, so they
                // stay in registers: this loop is the whole cost of searching for an orphan.
                var pv: UInt64 = ~0
                var mv: UInt64 = 0
                var score = m
                var bestEnd = -1
                var bestScore = Int.max
                var j = window.lowerBound
                let end = window.upperBound
                while j < end {
                    let eq = peq[Int(t[j] & 0xFF)]
                    let xv = eq | mv
                    let xh = (((eq & pv) &+ pv) ^ pv) | eq
                    var ph = mv | ~(xh | pv)
                    var mh = pv & xh
                    score &+= Int(truncatingIfNeeded: (ph & high) >> UInt64(m - 1))
                    score &-= Int(truncatingIfNeeded: (mh & high) >> UInt64(m - 1))
                    ph <<= 1
                    mh <<= 1
                    pv = mh | ~(xv | ph)
                    mv = ph & xv
                    j &+= 1
                    if score <= maxDistance {
                        if score < bestScore {
                            bestScore = score
                            bestEnd = j
                        }
                    } else if bestEnd >= 0 {
                        runs.append((bestEnd, bestScore))
                        bestEnd = -1
                        bestScore = Int.max
                        if runs.count > 1024 { prune(&runs) }
                    }
                }
                if bestEnd >= 0 { runBest = (bestEnd, bestScore) }
            }
        }
        if let best = runBest { runs.append(best) }
        prune(&runs)
        return runs.map(\.end)
    }

    private static func prune(_ runs: inout [(end: Int, score: Int)]) {
        guard runs.count > 64 else { return }
        runs.sort { $0.score < $1.score }
        runs.removeLast(runs.count - 64)
    }
}
