extension GopherRenderer {
    /// URL schemes a `URL:` selector may redirect to. Anything else (javascript:, data:, file:)
    /// gets an error instead of a page.
    public static let redirectSchemes: Set<String> = ["http", "https", "gopher", "gophers"]

    /// Whether a `URL:` selector may lead to `url`: one of ``redirectSchemes``, no control
    /// characters. The page itself is the web's (``GopherResponder/leavingPage``).
    public static func canLeave(to url: String) -> Bool {
        guard let colon = url.firstIndex(of: ":") else { return false }
        return redirectSchemes.contains(url[..<colon].lowercased())
            && !url.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F })
    }

    /// Whether `url` names a selector on this server (`gopher://` or `gophers://` at ``host``
    /// and ``port``, the port 70 when none is written): a referral's share link, which a
    /// `URL:` item may point at like any address the directory publishes.
    public func isOwnURL(_ url: String) -> Bool {
        guard let schemeEnd = url.firstRange(of: "://") else { return false }
        guard ["gopher", "gophers"].contains(url[..<schemeEnd.lowerBound].lowercased()) else { return false }
        let rest = url[schemeEnd.upperBound...]
        let authority = rest[..<(rest.firstIndex(of: "/") ?? rest.endIndex)].lowercased()
        let ownHost = host.contains(":") ? "[\(host.lowercased())]" : host.lowercased()
        return authority == "\(ownHost):\(port)" || (port == 70 && authority == ownHost)
    }
}
