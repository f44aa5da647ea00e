import NIOCore

/// The limits only the Gemini front has, each named with a default.
///
/// The URL length (1024 bytes) is the specification's; the TLS handshake and request deadlines
/// and the connection counts (total and per address) come from ``ServerLimits`` and the shared
/// ``ConnectionLimiter``, as for the other fronts.
public struct GeminiFrontLimits: Sendable, Hashable {
    /// Requests one address may make in a burst.
    public var burst: Int
    /// Requests one address may make per minute once its burst is spent.
    public var requestsPerMinute: Int
    /// Addresses the rate limiter keeps at once (in memory only). When it is full and no entry
    /// can be forgotten, new addresses are asked to slow down: the table never grows further.
    public var maximumTrackedAddresses: Int

    public static let defaultBurst = 30
    public static let defaultRequestsPerMinute = 120
    public static let defaultMaximumTrackedAddresses = 65_536

    public init(
        burst: Int = GeminiFrontLimits.defaultBurst,
        requestsPerMinute: Int = GeminiFrontLimits.defaultRequestsPerMinute,
        maximumTrackedAddresses: Int = GeminiFrontLimits.defaultMaximumTrackedAddresses
    ) {
        self.burst = max(1, burst)
        self.requestsPerMinute = max(1, requestsPerMinute)
        self.maximumTrackedAddresses = max(1, maximumTrackedAddresses)
    }

    /// Time between two requests at the sustained rate.
    var interval: TimeAmount { .nanoseconds(60_000_000_000 / Int64(requestsPerMinute)) }
}
