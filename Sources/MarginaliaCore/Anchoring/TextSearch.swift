/// Exact search for a scalar sequence in a text (Boyer-Moore-Horspool on the low byte of each scalar).
enum TextSearch {
    /// Whether `pattern` occurs in `text` at `position`.
    static func matches(_ pattern: [UInt32], in text: [UInt32], at position: Int) -> Bool {
        guard position >= 0, position + pattern.count <= text.count else { return false }
        for i in 0..<pattern.count where text[position + i] != pattern[i] { return false }
        return true
    }

    /// The start of every occurrence of `pattern` (overlapping ones included), up to `limit` of them.
    static func occurrences(of pattern: [UInt32], in text: [UInt32], limit: Int) -> [Int] {
        let m = pattern.count
        let n = text.count
        guard m > 0, m <= n else { return [] }
        var shift = [Int](repeating: m, count: 256)
        // Later pattern positions overwrite earlier ones with smaller shifts, so a bucket shared by several
        // scalars keeps the smallest (safe) shift.
        for i in 0..<(m - 1) { shift[Int(pattern[i] & 0xFF)] = m - 1 - i }
        var found: [Int] = []
        let last = pattern[m - 1]
        text.withUnsafeBufferPointer { t in
            pattern.withUnsafeBufferPointer { p in
                var i = 0
                while i + m <= n {
                    let c = t[i + m - 1]
                    if c == last {
                        var j = 0
                        while j < m - 1, t[i + j] == p[j] { j += 1 }
                        if j == m - 1 {
                            found.append(i)
                            if found.count >= limit { return }
                        }
                    }
                    i += shift[Int(c & 0xFF)]
                }
            }
        }
        return found
    }
}
