/// The headers every response of the web front carries, added in this one place (issue 22,
/// item 4), and nothing else: every header costs bytes on every response.
extension WebResponse {
    /// This response with the common headers and `Content-Length` appended. `secure` is
    /// whether the connection is TLS (HSTS and `Onion-Location` are only sent there); `path` is
    /// the request's path, for `Onion-Location`.
    public func withCommonHeaders(options: WebSiteOptions, secure: Bool, path: String) -> WebResponse {
        var response = self
        response.headers.append(HeaderField("Content-Security-Policy", WebStyle.contentSecurityPolicy))
        response.headers.append(HeaderField("Referrer-Policy", "no-referrer"))
        response.headers.append(HeaderField("X-Content-Type-Options", "nosniff"))
        if secure, let maxAge = options.hstsMaxAge {
            response.headers.append(HeaderField("Strict-Transport-Security", "max-age=\(maxAge)"))
        }
        if secure, let onion = options.onionHost, path.hasPrefix("/") {
            response.headers.append(HeaderField("Onion-Location", "http://" + onion + path))
        }
        response.headers.append(HeaderField("Content-Length", String(body.count)))
        return response
    }

    /// An HTML page (`text/html; charset=utf-8`), `no-store` when it carries what a visitor
    /// sent (search and referral results).
    public static func html(_ html: String, status: Int = 200, noStore: Bool = false) -> WebResponse {
        var headers = [HeaderField("Content-Type", "text/html; charset=utf-8")]
        if noStore { headers.append(HeaderField("Cache-Control", "no-store")) }
        return WebResponse(status: status, headers: headers, body: Array(html.utf8))
    }

    /// A plain-text body (`text/plain; charset=utf-8`).
    public static func plainText(_ text: String, status: Int = 200, noStore: Bool = false) -> WebResponse {
        var headers = [HeaderField("Content-Type", "text/plain; charset=utf-8")]
        if noStore { headers.append(HeaderField("Cache-Control", "no-store")) }
        return WebResponse(status: status, headers: headers, body: Array(text.utf8))
    }

    /// A redirect without a body (303 after a POST, 301/308 to HTTPS).
    public static func redirect(_ location: String, status: Int = 303) -> WebResponse {
        WebResponse(status: status, headers: [HeaderField("Location", location)])
    }
}
