import Foundation

/// The parts of an `http` or `https` address the check needs: scheme, host, port and the path
/// with its query. Parsed by hand so that a source is read exactly as written (Foundation's
/// `URL` quietly accepts and rewrites malformed input).
public struct WebAddress: Sendable, Hashable, CustomStringConvertible {
    public var scheme: String
    /// Lowercased host name or IPv4 address.
    public var host: String
    public var port: Int?
    /// The path and query, starting with `/` (`/` when the address has none); no fragment.
    public var pathAndQuery: String

    /// Parses an absolute `http://` or `https://` address; nil for anything else.
    public init?(_ text: String) {
        let lower = text.lowercased()
        let scheme: String
        if lower.hasPrefix("https://") { scheme = "https" } else if lower.hasPrefix("http://") { scheme = "http" } else { return nil }
        let rest = text.dropFirst(scheme.count + 3)
        let authorityEnd = rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) ?? rest.endIndex
        let authority = rest[..<authorityEnd]
        guard !authority.isEmpty, !authority.contains("@"), !authority.contains(where: \.isWhitespace) else { return nil }
        var hostPart = authority
        var port: Int?
        if let colon = authority.lastIndex(of: ":") {
            guard let number = Int(authority[authority.index(after: colon)...]), (1...65535).contains(number) else { return nil }
            port = number
            hostPart = authority[..<colon]
        }
        guard !hostPart.isEmpty else { return nil }
        var path = String(rest[authorityEnd...])
        if let hash = path.firstIndex(of: "#") { path = String(path[..<hash]) }
        if path.isEmpty || path.first == "?" { path = "/" + path }
        self.scheme = scheme
        self.host = hostPart.lowercased()
        self.port = port
        self.pathAndQuery = path
    }

    /// `scheme://host[:port]`: the origin robots.txt and the rate limit are kept for.
    public var origin: String {
        "\(scheme)://\(host)" + (port.map { ":\($0)" } ?? "")
    }

    public var description: String { origin + pathAndQuery }

    /// The path without its query.
    public var path: String {
        pathAndQuery.firstIndex(of: "?").map { String(pathAndQuery[..<$0]) } ?? pathAndQuery
    }

    /// Resolves a `Location` header against this address: absolute, scheme-relative,
    /// absolute-path or relative-path forms (RFC 3986 §5, without dot-segment removal).
    public func resolving(_ location: String) -> WebAddress? {
        let trimmed = location.trimmingCharacters(in: .whitespaces)
        if let absolute = WebAddress(trimmed) { return absolute }
        if trimmed.hasPrefix("//") { return WebAddress(scheme + ":" + trimmed) }
        if trimmed.hasPrefix("/") { return WebAddress(origin + trimmed) }
        guard !trimmed.contains("://") else { return nil }
        let base = path.lastIndex(of: "/").map { String(path[...$0]) } ?? "/"
        return WebAddress(origin + base + trimmed)
    }

    /// The host without a leading `www.`.
    var bareHost: String { host.hasPrefix("www.") ? String(host.dropFirst(4)) : host }
}
