import NIOConcurrencyHelpers
import NIOCore

/// Rendered responses of pages that depend on nothing the user typed (menus, organisation
/// pages), for one catalogue generation.
///
/// Building the root page walks every organisation for its emergency lines; serving it from
/// here saves about a fifth of the server's CPU per request. Keys are canonical page paths
/// only (see `GopherResponder.cacheKey(for:)`): never search words or referral profiles. The
/// cache is bounded in entries and bytes; once full it stops adding, and it empties when the
/// catalogue is replaced.
final class ResponseCache: Sendable {
    private struct State {
        var generation = 0
        var entries: [String: ByteBuffer] = [:]
        var bytes = 0
    }

    private let state = NIOLockedValueBox(State())
    let maximumEntries: Int
    let maximumBytes: Int

    static let defaultMaximumEntries = 8192
    static let defaultMaximumBytes = 32 * 1024 * 1024

    init(maximumEntries: Int = ResponseCache.defaultMaximumEntries, maximumBytes: Int = ResponseCache.defaultMaximumBytes) {
        self.maximumEntries = maximumEntries
        self.maximumBytes = maximumBytes
    }

    /// The cached response for `key` in catalogue `generation`, if any.
    func response(for key: String, generation: Int) -> ByteBuffer? {
        state.withLockedValue { state in
            state.generation == generation ? state.entries[key] : nil
        }
    }

    /// Keeps `response` for `key`, dropping everything from older generations first.
    func store(_ response: ByteBuffer, for key: String, generation: Int) {
        state.withLockedValue { state in
            if state.generation != generation {
                guard generation > state.generation else { return }
                state = State(generation: generation)
            }
            guard state.entries.count < maximumEntries, state.bytes + response.readableBytes <= maximumBytes else { return }
            if state.entries.updateValue(response, forKey: key) == nil { state.bytes += response.readableBytes }
        }
    }

    /// How many responses are kept (for tests).
    var count: Int { state.withLockedValue { $0.entries.count } }
}
