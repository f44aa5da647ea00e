import Memberwise

/// One HTTP response as a responder returns it: status, header fields and the whole body. The
/// web front adds what every response carries (the security headers, `Content-Length`,
/// `Date`, keep-alive) in one place, so responders set only what is theirs (`Content-Type`,
/// `Cache-Control`, `Location`).
@MemberwiseInit
public struct WebResponse: Sendable, Hashable, WebMessage {
    /// The status code (200, 303, 404, 413, …).
    public var status: Int
    /// The responder's own header fields.
    public var headers: [HeaderField] = []
    /// The body; empty for a redirect. A `HEAD` request gets the headers only (the front drops
    /// the body).
    public var body: [UInt8] = []
}
