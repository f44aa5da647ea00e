import Web

/// Everything the server needs to know, built once at the edge (the `sanad` executable parses
/// the configuration file, the environment and the flags) and passed down as a value. Nothing
/// here is read from globals or the environment.
public struct ServerConfiguration: Sendable {
    /// Addresses every front is bound on (IPv4 or IPv6 literals, or names).
    public var hosts: [String]
    /// The Gopher port: TLS, and plaintext when ``allowPlaintext`` is set; nil disables it (a
    /// replica serving other fronts only). 0 picks a free port.
    public var gopherPort: Int?
    /// Extra TLS-only Gopher listeners (for example 443), bound as given, even when
    /// ``gopherPort`` is nil.
    public var extraListeners: [ListenAddress]
    /// The line interface's port on every address in ``hosts``; nil disables it. 0 picks a free port.
    public var linePort: Int?
    /// The Gemini port on every address in ``hosts``; nil disables it. 0 picks a free port.
    public var geminiPort: Int?
    /// The web front's port (HTTPS, and plain HTTP when ``allowPlaintext``) on every address
    /// in ``hosts``; nil disables it. 0 picks a free port.
    public var webPort: Int?
    /// A plain HTTP port that only redirects to HTTPS (on ``webPort``, or 443); nil for none.
    public var webRedirectPort: Int?
    /// Serve the web front on Gopher's extra listeners too (``extraListeners``, 443 in
    /// deploy/), or on ``gopherPort`` when there are none: a client offering ALPN `http/1.1`
    /// or sending an HTTP request line gets the web, anything else Gopher. Those listeners
    /// then send one session ticket per handshake, for browsers that resume; a Gopher port
    /// beside extra listeners stays Gopher's alone, tickets off.
    public var webOnGopherPort: Bool
    /// The web front's header, body and time limits.
    public var webLimits: WebFrontLimits
    /// The web pages' operator settings: the leave link's target, HSTS, the onion address.
    public var webSite: WebSiteOptions
    /// The host name written in menu lines; defaults to the first bound host.
    public var publicHost: String?
    /// The port written in menu lines; defaults to the bound Gopher port.
    public var publicPort: Int?
    /// Where the certificate comes from.
    public var certificate: CertificateSource
    /// The state directory (the generated certificate lives here). Default `./.sanad`.
    public var stateDirectory: String
    /// Serve plaintext on every front's main port (onion services, loopback), told from TLS by
    /// the first byte. Off by default: a plaintext client then gets one refusal in its front's
    /// wire format (Gemini, TLS by specification, is closed). Extra listeners are TLS only.
    public var allowPlaintext: Bool
    /// Send TLS session tickets so returning clients can resume without a full handshake.
    /// Off by default: Gopher clients make one request per process and never resume, so the
    /// two tickets BoringSSL sends would cost 418 bytes on every connection (see SanadTLS's
    /// `SessionTickets`).
    public var sessionTickets: Bool
    /// Connection and request limits every front shares.
    public var limits: ServerLimits
    /// The line interface's clocks and input limits.
    public var lineLimits: LineFrontLimits
    /// The Gemini front's request rate.
    public var geminiLimits: GeminiFrontLimits
    /// Width at which text is wrapped in menus, documents and screens.
    public var textWidth: Int

    /// The defaults: 127.0.0.1, Gopher on port 7070 only, a generated certificate in `./.sanad`.
    public init(
        hosts: [String] = ["127.0.0.1"], gopherPort: Int? = 7070, extraListeners: [ListenAddress] = [],
        linePort: Int? = nil, geminiPort: Int? = nil, publicHost: String? = nil, publicPort: Int? = nil,
        certificate: CertificateSource = .generated, stateDirectory: String = ".sanad",
        allowPlaintext: Bool = false, sessionTickets: Bool = false, limits: ServerLimits = ServerLimits(),
        lineLimits: LineFrontLimits = LineFrontLimits(), geminiLimits: GeminiFrontLimits = GeminiFrontLimits(), textWidth: Int = 70,
        webPort: Int? = nil, webRedirectPort: Int? = nil, webOnGopherPort: Bool = false, webLimits: WebFrontLimits = WebFrontLimits(),
        webSite: WebSiteOptions = WebSiteOptions()
    ) {
        self.hosts = hosts
        self.gopherPort = gopherPort
        self.extraListeners = extraListeners
        self.linePort = linePort
        self.geminiPort = geminiPort
        self.publicHost = publicHost
        self.publicPort = publicPort
        self.certificate = certificate
        self.stateDirectory = stateDirectory
        self.allowPlaintext = allowPlaintext
        self.sessionTickets = sessionTickets
        self.limits = limits
        self.lineLimits = lineLimits
        self.geminiLimits = geminiLimits
        self.textWidth = textWidth
        self.webPort = webPort
        self.webRedirectPort = webRedirectPort
        self.webOnGopherPort = webOnGopherPort
        self.webLimits = webLimits
        self.webSite = webSite
    }

    /// A front's main endpoints: `port` on every host, plaintext as ``allowPlaintext`` says;
    /// none when `port` is nil. The one place the plaintext rule is read.
    public func endpoints(port: Int?) -> [FrontEndpoint] {
        guard let port else { return [] }
        return hosts.map { FrontEndpoint(host: $0, port: port, servesPlaintext: allowPlaintext) }
    }

    /// Where the TLS certificate and key come from.
    public enum CertificateSource: Sendable, Hashable {
        /// A self-signed ECDSA P-256 certificate for localhost, generated once and kept in the state directory.
        case generated
        /// PEM files given by the operator.
        case files(certificate: String, key: String)
    }
}
