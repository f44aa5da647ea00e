/// The host names and ports this server answers Gemini requests for.
///
/// A Gemini request carries an absolute URL. One that names another host or port asks this
/// server to act as a proxy, which it is not: it is answered 53 (proxy request refused,
/// specification v0.24) rather than served Sanad's pages under a name that is not Sanad's.
public struct GeminiAuthority: Sendable, Hashable {
    /// Lower-case host names and address literals (IPv6 without brackets). `*.example.org`
    /// matches one label, as in a certificate.
    public var hosts: Set<String>
    /// Ports a URL may name. A URL without a port always passes: it means 1965, which may be
    /// forwarded to the port the server listens on.
    public var ports: Set<Int>

    public init(hosts: some Sequence<String>, ports: some Sequence<Int>) {
        self.hosts = Set(hosts.map { Self.comparable($0) }.filter { !$0.isEmpty })
        self.ports = Set(ports)
    }

    /// The default Gemini port, which a URL without a port names.
    public static let defaultPort = 1965

    /// Whether `request` names one of ``hosts`` and, when it names a port, one of ``ports``.
    public func accepts(_ request: GeminiRequest) -> Bool {
        if let port = request.port, !ports.contains(port) { return false }
        let host = Self.comparable(request.host)
        if hosts.contains(host) { return true }
        guard let dot = host.firstIndex(of: "."), host.index(after: dot) < host.endIndex else { return false }
        return hosts.contains("*" + host[dot...])
    }

    /// The answer to a request for another host or port. It does not repeat the host asked for.
    public static let refusal = GeminiResponse(
        status: .proxyRequestRefused, meta: "This server answers only for its own host name and port; it is not a proxy."
    )

    /// A host as compared: lower case, without brackets or a final dot (`Example.org.`).
    static func comparable(_ host: String) -> String {
        var text = Substring(host.lowercased())
        if text.hasPrefix("["), text.hasSuffix("]") { text = text.dropFirst().dropLast() }
        if text.hasSuffix(".") { text = text.dropLast() }
        return String(text)
    }
}
