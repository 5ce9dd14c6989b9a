/// A search pattern with smart case: case-insensitive unless the pattern holds a capital letter.
///
/// Matching compares Unicode scalars (lowercased one to one when case-insensitive), so match ranges are
/// scalar offsets in the searched text: the same unit as annotation positions.
public struct SearchPattern: Hashable, Sendable {
    /// The pattern as typed.
    public let text: String
    /// Whether case must match (the pattern has an uppercase letter).
    public let isCaseSensitive: Bool
    private let needle: [UInt32]

    /// Compiles a pattern; nil for an empty one.
    public init?(_ text: String) {
        guard !text.isEmpty else { return nil }
        self.text = text
        isCaseSensitive = text.unicodeScalars.contains { $0.properties.isUppercase }
        let sensitive = isCaseSensitive
        needle = text.unicodeScalars.map { sensitive ? $0.value : SearchPattern.fold($0) }
    }

    /// Lowercases a scalar when the mapping is one scalar (keeps offsets aligned with the text).
    static func fold(_ scalar: Unicode.Scalar) -> UInt32 {
        let v = scalar.value
        if v < 0x80 { return (v >= 0x41 && v <= 0x5A) ? v + 32 : v }
        guard scalar.properties.changesWhenLowercased else { return v }
        let lower = scalar.properties.lowercaseMapping.unicodeScalars
        return lower.count == 1 ? lower.first!.value : v
    }

    /// Every non-overlapping match in `text`, as scalar offset ranges.
    public func matches(in text: String) -> [Range<Int>] {
        var result: [Range<Int>] = []
        scan(text) { range in
            result.append(range)
            return true
        }
        return result
    }

    /// The first match starting at or after `offset`.
    public func firstMatch(in text: String, from offset: Int = 0) -> Range<Int>? {
        var found: Range<Int>? = nil
        scan(text) { range in
            if range.lowerBound >= offset {
                found = range
                return false
            }
            return true
        }
        return found
    }

    /// The last match starting before `offset`.
    public func lastMatch(in text: String, before offset: Int = Int.max) -> Range<Int>? {
        var found: Range<Int>? = nil
        scan(text) { range in
            guard range.lowerBound < offset else { return false }
            found = range
            return true
        }
        return found
    }

    /// Calls `visit` with each match in order until it returns false.
    private func scan(_ text: String, _ visit: (Range<Int>) -> Bool) {
        let count = needle.count
        var start = 0
        var ring = [UInt32](repeating: 0, count: count)
        var filled = 0
        var position = 0
        var skipUntil = 0
        for scalar in text.unicodeScalars {
            let value = isCaseSensitive ? scalar.value : SearchPattern.fold(scalar)
            ring[position % count] = value
            position += 1
            filled = min(filled + 1, count)
            guard filled == count, position - count >= skipUntil else { continue }
            start = position - count
            var equal = true
            for k in 0..<count where ring[(start + k) % count] != needle[k] {
                equal = false
                break
            }
            if equal {
                if !visit(start..<position) { return }
                skipUntil = position
            }
        }
    }
}
