/// One HTTP exchange as the check needs it: a GET without following redirects, the body cut
/// at a size limit. A protocol so the checker can be tested without sockets too.
public protocol PageFetching: Sendable {
    /// Fetches `address` once; never throws: every failure is a ``FetchResponse``.
    func get(_ address: WebAddress, limits: FetchLimits) async -> FetchResponse
}

/// What one GET gave.
public enum FetchResponse: Sendable, Hashable {
    /// The server answered: status, `Location` and `Content-Type` headers, and the body.
    case answered(status: Int, location: String?, contentType: String?, body: [UInt8])
    /// The body is larger than the limit.
    case tooLarge(limit: Int)
    /// No answer: connection refused, time-out, TLS failure; in words.
    case failed(String)
}
