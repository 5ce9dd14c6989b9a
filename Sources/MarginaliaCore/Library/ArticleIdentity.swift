/// How article ids are made and kept unique (the rule is documented in Docs/identity.md).
///
/// The base id is the first 16 hex digits of SHA-256 over a versioned key: the page's URL when it gives
/// one (normalised), else its normalised title. The file's name and place never enter the key, so moving
/// or renaming a file keeps the id, and body edits never change it. Two articles that share a base id but
/// whose bodies are not similar (Jaccard similarity of word 3-shingle sets below `similarityThreshold`)
/// are different articles: the later one in path order gets an id derived from the base id and a
/// fingerprint of its body.
public enum ArticleIdentity {
    /// The version tag inside the hashed key; bump it only together with a store migration.
    public static let version = "marginalia-article-v1"
    /// Bodies at least this similar are the same article.
    public static let similarityThreshold = 0.5

    /// The base id of an article with this title and URL.
    public static func baseID(title: String, url: String?) -> ArticleID {
        let key: String
        if let url, let normalized = normalizeURL(url) {
            key = version + "\nurl:" + normalized
        } else {
            key = version + "\ntitle:" + normalize(title)
        }
        return ArticleID(String(SHA256.hexDigest(key).prefix(16)))
    }

    /// The id for an article whose base id is taken by a different article.
    public static func disambiguatedID(base: ArticleID, body: [Block]) -> ArticleID {
        let key = version + "\nbase:" + base.rawValue + "\nbody:" + fingerprint(body)
        return ArticleID(String(SHA256.hexDigest(key).prefix(16)))
    }

    /// A body fingerprint that survives most small edits: the 8 smallest word 3-shingle hashes (a
    /// bottom-k sketch), so a typo changes it only if it touches one of those shingles.
    public static func fingerprint(_ body: [Block]) -> String {
        let smallest = shingles(body).sorted().prefix(8)
        return smallest.map { String($0, radix: 16) }.joined(separator: ",")
    }

    /// Gives every article in path order an id unique in the list, keeping base ids where possible.
    ///
    /// `known` maps ids already in use (e.g. recorded by a store) to a body of the article holding them;
    /// an article similar to the holder keeps the id.
    ///
    /// Shingle sets are computed only for bodies whose id collides with another (about 1 s for a 10 MB
    /// body), so a library without collisions costs one base id per article.
    public static func assignIDs(_ articles: [Article], known: [ArticleID: [Block]] = [:]) -> [Article] {
        // Holders of each id as indexes into `bodies`; `sets` memoises their shingle sets.
        var bodies: [[Block]] = []
        var sets: [Int: Set<UInt64>] = [:]
        var holders: [ArticleID: [Int]] = [:]
        func shingleSet(_ index: Int) -> Set<UInt64> {
            if let found = sets[index] { return found }
            let computed = shingles(bodies[index])
            sets[index] = computed
            return computed
        }
        for (id, body) in known {
            holders[id, default: []].append(bodies.count)
            bodies.append(body)
        }
        var result: [Article] = []
        result.reserveCapacity(articles.count)
        for var article in articles {
            let base = article.id
            var candidate = base
            var attempt = 0
            let me = bodies.count
            bodies.append(article.body)
            while let holding = holders[candidate] {
                let mine = shingleSet(me)
                if holding.contains(where: { similarity(mine, shingleSet($0)) >= similarityThreshold }) { break }
                attempt += 1
                let salted = attempt == 1 ? article.body : article.body + [.paragraph("\(attempt)")]
                candidate = disambiguatedID(base: base, body: salted)
            }
            if candidate != base {
                article.warnings.append("another article has the same title or URL; given its own id \(candidate)")
            }
            article.id = candidate
            holders[candidate, default: []].append(me)
            result.append(article)
        }
        return result
    }

    /// Jaccard similarity of two shingle sets (1 for two empty bodies).
    public static func similarity(_ a: Set<UInt64>, _ b: Set<UInt64>) -> Double {
        if a.isEmpty && b.isEmpty { return 1 }
        let intersection = a.count < b.count ? a.filter(b.contains).count : b.filter(a.contains).count
        return Double(intersection) / Double(a.count + b.count - intersection)
    }

    /// The set of word 3-shingles of a body (FNV-1a hashes of normalised word triples; fewer than three
    /// words make one shingle of all of them).
    public static func shingles(_ body: [Block]) -> Set<UInt64> {
        var words: [Substring] = []
        for block in body {
            let normalized = normalize(block.text)
            words.append(contentsOf: normalized.split(separator: " "))
        }
        var result = Set<UInt64>()
        if words.isEmpty { return result }
        let width = min(3, words.count)
        for start in 0...(words.count - width) {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for word in words[start..<start + width] {
                for byte in word.utf8 {
                    hash ^= UInt64(byte)
                    hash = hash &* 0x100_0000_01b3
                }
                hash ^= 0x20
                hash = hash &* 0x100_0000_01b3
            }
            result.insert(hash)
        }
        return result
    }

    /// Case-folds, drops quotes and punctuation (dashes and slashes separate words), collapses whitespace.
    /// Stops after `limit` scalars of output.
    public static func normalize(_ text: String, limit: Int = .max) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(min(limit, text.utf8.count))
        var count = 0
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if count >= limit { break }
            // ASCII needs no Unicode property tables (and comment ids normalise a lot of it).
            if scalar.value < 0x80 {
                let value = UInt8(scalar.value)
                let isLetter = (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A)
                if isLetter || (value >= 0x30 && value <= 0x39) {
                    if pendingSpace && count > 0 {
                        out.append(0x20)
                        count += 1
                        if count >= limit { break }
                    }
                    pendingSpace = false
                    out.append(value >= 0x41 && value <= 0x5A ? value | 0x20 : value)
                    count += 1
                } else if value <= 0x20 || value == 0x2D || value == 0x2F || value == 0x7F {
                    pendingSpace = true
                }
                continue
            }
            let properties = scalar.properties
            switch properties.generalCategory {
            case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
                .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark:
                if pendingSpace && count > 0 {
                    out.append(0x20)
                    count += 1
                    if count >= limit { break }
                }
                pendingSpace = false
                for lowered in properties.lowercaseMapping.unicodeScalars where count < limit {
                    out.append(contentsOf: UTF8.encode(lowered)!)
                    count += 1
                }
            case .spaceSeparator, .lineSeparator, .paragraphSeparator, .control, .dashPunctuation:
                pendingSpace = true
            default:
                if scalar == "/" { pendingSpace = true }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A URL reduced to what identifies the page: lowercase scheme-less host without `www.`, path without
    /// a trailing slash, query without tracking parameters, no fragment. Nil if it is not an http(s) URL.
    public static func normalizeURL(_ url: String) -> String? {
        var rest = Substring(url.trimmingASCIISpaces())
        let lower = rest.lowercased()
        if lower.hasPrefix("https://") { rest = rest.dropFirst(8) } else if lower.hasPrefix("http://") { rest = rest.dropFirst(7) } else { return nil }
        if let hash = rest.firstIndex(of: "#") { rest = rest[..<hash] }
        var query = ""
        if let mark = rest.firstIndex(of: "?") {
            let parameters = rest[rest.index(after: mark)...].split(separator: "&").filter {
                let name = $0.lowercased()
                return !(name.hasPrefix("utm_") || name.hasPrefix("fbclid") || name.hasPrefix("gclid"))
            }
            query = parameters.isEmpty ? "" : "?" + parameters.joined(separator: "&")
            rest = rest[..<mark]
        }
        let slash = rest.firstIndex(of: "/") ?? rest.endIndex
        var host = rest[..<slash].lowercased()
        if host.hasPrefix("www.") { host.removeFirst(4) }
        var path = String(rest[slash...])
        while path.hasSuffix("/") { path.removeLast() }
        guard !host.isEmpty else { return nil }
        return host + path + query
    }
}
