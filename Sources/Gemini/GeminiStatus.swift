/// The two-digit status codes of Gemini (specification v0.24) that Sanad sends.
public enum GeminiStatus: Int, Sendable, Hashable, CaseIterable {
    /// The META is a prompt; the client asks the user and requests the same URL with `?answer`.
    case input = 10
    case success = 20
    /// The META is the new URL (here always a path on this server).
    case redirectTemporary = 30
    /// Internal trouble that may pass: an unexpected error while making a page.
    case temporaryFailure = 40
    /// The server is at its connection limit.
    case serverUnavailable = 41
    /// The META is the number of seconds the client must wait.
    case slowDown = 44
    case notFound = 51
    /// A URL for another scheme or site: this server is not a proxy.
    case proxyRequestRefused = 53
    case badRequest = 59

    /// The two ASCII digits on the wire.
    public var code: String { String(rawValue) }
}
