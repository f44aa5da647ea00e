import Memberwise
import NIOCore

/// The web front's own limits, each named, with a default, and enforced by
/// ``WebRequestAggregator`` and the conversation in ``WebFront`` (the connection limits, the
/// handshake deadline and the stalled-write clock are ``ServerLimits``', shared by every front).
@MemberwiseInit
public struct WebFrontLimits: Sendable, Hashable {
    /// The request line and header fields together: more is answered 431 (NIOHTTP1's decoder
    /// counts them as they arrive, so no more than this is ever buffered).
    public var maximumHeaderBytes: Int = 8 * 1024
    /// A form's body (search words, the referral form): more is answered 413.
    public var maximumFormBytes: Int = 4 * 1024
    /// A body under `/api/` or `/hsds/` (the JSON and HSDS APIs): more is answered 413.
    public var maximumAPIBytes: Int = 16 * 1024
    /// From the connection's transport being up to the first request's complete header: a
    /// client that is slower is answered 408 and closed (slowloris).
    public var headerTimeout: TimeAmount = .seconds(10)
    /// From a request's header to its response written (the body included): past it, a
    /// request still arriving is answered 408; the connection is closed either way.
    public var requestTimeout: TimeAmount = .seconds(30)
    /// How long a kept-alive connection may wait for the next request's complete header
    /// before it is closed without a word.
    public var keepAliveIdleTimeout: TimeAmount = .seconds(30)
    /// Requests on one connection; the last one is answered with `Connection: close`.
    public var maximumRequestsPerConnection: Int = 100

    /// The body limit for a request path: the APIs take larger bodies than the forms.
    public func maximumBodyBytes(path: String) -> Int {
        path.hasPrefix("/api/") || path.hasPrefix("/hsds/") ? maximumAPIBytes : maximumFormBytes
    }
}
