import Memberwise

/// How politely and how far `sanad sources check` fetches: every limit named, with a default.
@MemberwiseInit
public struct FetchLimits: Sendable, Hashable {
    /// The `User-Agent` header: who is fetching and why, so a webmaster can tell.
    public var userAgent: String = FetchLimits.defaultUserAgent
    /// The product token robots.txt groups are matched against.
    public var robotsAgent: String = "sanad-sources-check"
    /// Pages fetched at the same time, across all hosts.
    public var concurrency: Int = 4
    /// The least time between two requests to one host (robots.txt included).
    public var perHostInterval: Duration = .seconds(2)
    /// Time to open a connection.
    public var connectTimeout: Duration = .seconds(5)
    /// Time allowed without a byte from the server.
    public var readTimeout: Duration = .seconds(10)
    /// Time for a whole response, body included.
    public var totalTimeout: Duration = .seconds(20)
    /// The largest body read; a larger page is reported, not read.
    public var maximumBytes: Int = 2 * 1024 * 1024
    /// Redirects followed before giving up.
    public var maximumRedirects: Int = 5

    public static let defaultUserAgent =
        "sanad-sources-check/1.0 (Sanad directory of protection organisations for human rights defenders; "
        + "re-reads each cited page once a month to confirm contact details; honours robots.txt)"
}
