import NIOCore

extension GopherRenderer {
    /// URL schemes a `URL:` selector may redirect to. Anything else (javascript:, data:, file:)
    /// gets an error instead of a page.
    public static let redirectSchemes: Set<String> = ["http", "https", "gopher", "gophers"]

    /// The small HTML page a client gets when it requests a `URL:` selector itself instead of
    /// opening the link (the convention of Gophernicus and pygopherd). The URL is escaped.
    /// Returns nil when the URL's scheme is not one of ``redirectSchemes``.
    public func redirect(to url: String) -> ByteBuffer? {
        guard let colon = url.firstIndex(of: ":"),
              Self.redirectSchemes.contains(url[..<colon].lowercased()),
              !url.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F })
        else { return nil }
        let escaped = Self.escapeHTML(url)
        var out = ByteBuffer()
        out.writeString("""
            <!DOCTYPE html>\r
            <html><head><meta charset="utf-8"><meta http-equiv="refresh" content="0; url=\(escaped)">\r
            <title>\(escaped)</title></head>\r
            <body><p>This link leaves gopherspace: <a href="\(escaped)">\(escaped)</a></p></body></html>\r

            """)
        return out
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

    /// Escapes the five characters that matter in HTML text and attribute values.
    static func escapeHTML(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
