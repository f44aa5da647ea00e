import Memberwise

/// One HTTP request as the web front hands it to a responder: already framed and bounded by the
/// front (header size, body size, deadlines), with nothing of the transport left. Responders are
/// pure functions of a request and the current catalogue, so they are tested without sockets.
///
/// Nothing in a request (path, query, header or body) is ever logged or written: it is what a
/// defender sent.
@MemberwiseInit
public struct WebRequest: Sendable, Hashable, WebMessage {
    /// The method, upper case as sent (`GET`, `HEAD`, `POST`, …).
    public var method: String
    /// The path, still percent-encoded, without the query (`/en/org/front-line`).
    public var path: String
    /// The raw query after `?`, percent-encoded; nil when the target had no `?`.
    public var query: String?
    /// The header fields in the order received; names as sent (compare without case).
    public var headers: [HeaderField] = []
    /// The body (a form or JSON), at most the front's body limit.
    public var body: [UInt8] = []
}

/// One HTTP header field, for requests and responses alike.
public struct HeaderField: Sendable, Hashable {
    public var name: String
    public var value: String

    public init(_ name: String, _ value: String) {
        self.name = name
        self.value = value
    }
}
