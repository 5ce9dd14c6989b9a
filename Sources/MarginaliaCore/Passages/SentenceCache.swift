import Synchronization

/// Remembers the sentences of a part's blocks, so that moving the passage cursor or following the screen
/// while scrolling segments each block once instead of on every key press.
///
/// A reference type on purpose: a block's sentences are a pure function of its text, so the cache does
/// not take part in the value semantics of the `PartText` holding it (it is left out of `==` and
/// `hash(into:)`). It is bounded and starts over when full, keeping memory flat when someone pages
/// through a very long article. Guarded by a mutex, so a `PartText` can be shared between threads.
final class SentenceCache: Sendable {
    /// Blocks kept before the cache starts over.
    static let capacity = 4096
    private let sentences = Mutex<[Int: [Range<Int>]]>([:])

    /// The cached sentences of block `index`, computing them with `make` on a miss.
    func sentences(ofBlock index: Int, make: () -> [Range<Int>]) -> [Range<Int>] {
        if let cached = sentences.withLock({ $0[index] }) { return cached }
        let made = make()
        sentences.withLock { cache in
            if cache.count >= SentenceCache.capacity { cache.removeAll(keepingCapacity: true) }
            cache[index] = made
        }
        return made
    }

    /// How many blocks are cached at the moment (for tests).
    var count: Int { sentences.withLock { $0.count } }
}
