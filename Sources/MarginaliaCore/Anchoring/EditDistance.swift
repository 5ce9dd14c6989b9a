/// Edit distances for scoring re-anchoring candidates.
enum EditDistance {
    /// The Levenshtein distance between two short scalar sequences.
    static func levenshtein(_ a: [UInt32], _ b: [UInt32]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// The best approximate occurrence of `pattern` inside `text[window]`: the range and its edit distance.
    ///
    /// Semi-global alignment (free start and end in the text), O(pattern × window); ties prefer the range
    /// whose length is closest to the pattern's.
    static func bestAlignment(of pattern: [UInt32], in text: [UInt32], window: Range<Int>) -> (Range<Int>, Int)? {
        let m = pattern.count
        let w = window.count
        guard m > 0, w > 0 else { return nil }
        var previousCost = [Int](repeating: 0, count: w + 1)
        var previousStart = Array(window.lowerBound...window.upperBound)
        var currentCost = [Int](repeating: 0, count: w + 1)
        var currentStart = [Int](repeating: 0, count: w + 1)
        for i in 1...m {
            currentCost[0] = i
            currentStart[0] = window.lowerBound
            let p = pattern[i - 1]
            for j in 1...w {
                var cost = previousCost[j - 1] + (text[window.lowerBound + j - 1] == p ? 0 : 1)
                var start = previousStart[j - 1]
                if previousCost[j] + 1 < cost {
                    cost = previousCost[j] + 1
                    start = previousStart[j]
                }
                if currentCost[j - 1] + 1 < cost {
                    cost = currentCost[j - 1] + 1
                    start = currentStart[j - 1]
                }
                currentCost[j] = cost
                currentStart[j] = start
            }
            swap(&previousCost, &currentCost)
            swap(&previousStart, &currentStart)
        }
        var bestEnd = -1
        var bestCost = Int.max
        for j in 1...w {
            let cost = previousCost[j]
            let end = window.lowerBound + j
            let lengthGap = abs(end - previousStart[j] - m)
            if cost < bestCost || (cost == bestCost && lengthGap < abs(bestEnd - previousStart[bestEnd - window.lowerBound] - m)) {
                bestCost = cost
                bestEnd = end
            }
        }
        guard bestEnd >= 0 else { return nil }
        return (previousStart[bestEnd - window.lowerBound]..<bestEnd, bestCost)
    }
}
