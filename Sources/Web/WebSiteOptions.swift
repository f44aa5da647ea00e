import Memberwise

/// What an operator sets for the web pages (from `sanad.yaml`, `web.*`): where "Leave this
/// site" goes, HSTS and the onion address. A value, built at the edge.
@MemberwiseInit
public struct WebSiteOptions: Sendable, Hashable {
    /// Where `/leave` sends the visitor after clearing what the browser kept: a neutral site
    /// that draws no attention on a shared screen.
    public var leaveURL: String = WebSiteOptions.defaultLeaveURL
    /// `Strict-Transport-Security` max-age in seconds; nil sends no HSTS header (the default:
    /// an operator turns it on once HTTPS is there to stay).
    public var hstsMaxAge: Int?
    /// The onion address (`abc….onion`) announced with `Onion-Location` on TLS responses; nil
    /// for none.
    public var onionHost: String?

    /// The default neutral site.
    public static let defaultLeaveURL = "https://www.wikipedia.org/"
}
