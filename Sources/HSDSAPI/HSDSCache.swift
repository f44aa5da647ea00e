import DirectoryModel
import Foundation

/// The HSDS export of the current catalogue, per language, computed on first use and kept
/// until the catalogue's generation changes (a reload): the API never re-exports per request.
/// Lock-protected, since requests arrive on every event loop; the export itself is computed
/// outside the lock, so a slow first export in one language does not hold up the others.
final class HSDSCache: @unchecked Sendable {
    private let lock = NSLock()
    private var generation = Int.min
    private var snapshots: [UILanguage: HSDSSnapshot] = [:]
    /// How many exports were computed (for the tests: once per generation and language).
    private(set) var builds = 0

    /// The snapshot of `generation` in `language`, computing it with `make` if needed.
    func snapshot(generation: Int, language: UILanguage, make: () -> HSDSSnapshot) -> HSDSSnapshot {
        lock.lock()
        if generation == self.generation, let snapshot = snapshots[language] {
            lock.unlock()
            return snapshot
        }
        lock.unlock()
        let made = make()
        lock.lock()
        defer { lock.unlock() }
        builds += 1
        if generation > self.generation {
            self.generation = generation
            snapshots = [:]
        }
        // A request still on an older catalogue gets its own export, which is not kept.
        if generation == self.generation { snapshots[language] = snapshots[language] ?? made }
        return made
    }

    /// How many exports were computed so far.
    var buildCount: Int {
        lock.lock()
        defer { lock.unlock() }
        return builds
    }
}
