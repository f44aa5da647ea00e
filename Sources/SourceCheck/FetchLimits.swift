/// How politely and how far `sanad sources check` fetches: every limit named, with a default.
public struct FetchLimits: Sendable, Hashable {
    /// The `User-Agent` header: who is fetching and why, so a webmaster can tell.
    public var userAgent: String
    /// The product token robots.txt groups are matched against.
    public var robotsAgent: String
    /// Pages fetched at the same time, across all hosts.
    public var concurrency: Int
    /// The least time between two requests to one host (robots.txt included).
    public var perHostInterval: Duration
    /// Time to open a connection.
    public var connectTimeout: Duration
    /// Time allowed without a byte from the server.
    public var readTimeout: Duration
    /// Time for a whole response, body included.
    public var totalTimeout: Duration
    /// The largest body read; a larger page is reported, not read.
    public var maximumBytes: Int
    /// Redirects followed before giving up.
    public var maximumRedirects: Int

    public init(
        userAgent: String = FetchLimits.defaultUserAgent, robotsAgent: String = "sanad-sources-check",
        concurrency: Int = 4, perHostInterval: Duration = .seconds(2), connectTimeout: Duration = .seconds(5),
        readTimeout: Duration = .seconds(10), totalTimeout: Duration = .seconds(20),
        maximumBytes: Int = 2 * 1024 * 1024, maximumRedirects: Int = 5
    ) {
        self.userAgent = userAgent
        self.robotsAgent = robotsAgent
        self.concurrency = concurrency
        self.perHostInterval = perHostInterval
        self.connectTimeout = connectTimeout
        self.readTimeout = readTimeout
        self.totalTimeout = totalTimeout
        self.maximumBytes = maximumBytes
        self.maximumRedirects = maximumRedirects
    }

    public static let defaultUserAgent =
        "sanad-sources-check/1.0 (Sanad directory of protection organisations for human rights defenders; "
        + "re-reads each cited page once a month to confirm contact details; honours robots.txt)"
}
