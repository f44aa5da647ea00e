import DirectoryModel
import Foundation

/// The HSDS export of the current catalogue, per language, computed on first use and kept
/// until the catalogue's generation changes (a reload): the API never re-exports per request.
/// Lock-protected, since requests arrive on every event loop. Exports are computed one at a
/// time under a second lock, so requests arriving together during the first export wait for it
/// rather than each computing their own (a 10,000-organisation export costs seconds of CPU);
/// cached answers never wait for it.
final class HSDSCache: @unchecked Sendable {
    private let lock = NSLock()
    private let buildLock = NSLock()
    private var generation = Int.min
    private var snapshots: [UILanguage: HSDSSnapshot] = [:]
    /// How many exports were computed (for the tests: once per generation and language).
    private(set) var builds = 0

    /// The snapshot of `generation` in `language`, computing it with `make` if needed.
    func snapshot(generation: Int, language: UILanguage, make: () -> HSDSSnapshot) -> HSDSSnapshot {
        if let snapshot = cached(generation, language) { return snapshot }
        buildLock.lock()
        defer { buildLock.unlock() }
        // Made by another request while this one waited.
        if let snapshot = cached(generation, language) { return snapshot }
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

    /// The snapshot of `generation` in `language`, if computed.
    private func cached(_ generation: Int, _ language: UILanguage) -> HSDSSnapshot? {
        lock.lock()
        defer { lock.unlock() }
        return generation == self.generation ? snapshots[language] : nil
    }

    /// How many exports were computed so far.
    var buildCount: Int {
        lock.lock()
        defer { lock.unlock() }
        return builds
    }
}
