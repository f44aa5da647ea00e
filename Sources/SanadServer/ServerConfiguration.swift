import NIOCore

/// Everything `sanad serve` needs to know, built once at the edge (the command line, later a
/// configuration file) and passed down as a value. Nothing here is read from globals.
public struct ServerConfiguration: Sendable {
    /// Addresses the Gopher port is bound on (IPv4 or IPv6 literals, or names).
    public var hosts: [String]
    /// The Gopher port: TLS, or plaintext when ``allowPlaintext`` is set. 0 picks a free port.
    public var gopherPort: Int
    /// Extra TLS-only Gopher listeners (for example 443), bound as given.
    public var extraListeners: [ListenAddress]
    /// The line interface's TLS port on every address in ``hosts``; nil disables it. 0 picks a free port.
    public var linePort: Int?
    /// The host name written in menu lines; defaults to the first bound host.
    public var publicHost: String?
    /// The port written in menu lines; defaults to the bound Gopher port.
    public var publicPort: Int?
    /// Where the certificate comes from.
    public var certificate: CertificateSource
    /// The state directory (the generated certificate lives here). Default `./.sanad`.
    public var stateDirectory: String
    /// Serve plaintext Gopher on the Gopher port (onion services, loopback). Off by default:
    /// a plaintext request then gets one type-3 line pointing to `gophers://`.
    public var allowPlaintext: Bool
    /// Send TLS session tickets so returning clients can resume without a full handshake.
    /// Off by default: Gopher clients make one request per process and never resume, so the
    /// two tickets BoringSSL sends would cost 418 bytes on every connection (see ``SessionTickets``).
    public var sessionTickets: Bool
    /// Connection and request limits.
    public var limits: ServerLimits
    /// Width at which text is wrapped in menus and documents.
    public var textWidth: Int

    /// The defaults: 127.0.0.1, port 7070, a generated certificate in `./.sanad`.
    public init(
        hosts: [String] = ["127.0.0.1"], gopherPort: Int = 7070, extraListeners: [ListenAddress] = [],
        linePort: Int? = nil, publicHost: String? = nil, publicPort: Int? = nil,
        certificate: CertificateSource = .generated, stateDirectory: String = ".sanad",
        allowPlaintext: Bool = false, sessionTickets: Bool = false, limits: ServerLimits = ServerLimits(), textWidth: Int = 70
    ) {
        self.hosts = hosts
        self.gopherPort = gopherPort
        self.extraListeners = extraListeners
        self.linePort = linePort
        self.publicHost = publicHost
        self.publicPort = publicPort
        self.certificate = certificate
        self.stateDirectory = stateDirectory
        self.allowPlaintext = allowPlaintext
        self.sessionTickets = sessionTickets
        self.limits = limits
        self.textWidth = textWidth
    }

    /// Where the TLS certificate and key come from.
    public enum CertificateSource: Sendable, Hashable {
        /// A self-signed ECDSA P-256 certificate for localhost, generated once and kept in the state directory.
        case generated
        /// PEM files given by the operator.
        case files(certificate: String, key: String)
    }
}

/// An address and port to listen on, as given by `--listen ADDR:PORT` (`[::1]:443` for IPv6).
public struct ListenAddress: Sendable, Hashable, CustomStringConvertible {
    public var host: String
    public var port: Int

    public init(host: String, port: Int) {
        self.host = host
        self.port = port
    }

    /// Parses `HOST:PORT` or `[IPV6]:PORT`; nil for anything else.
    public init?(_ text: String) {
        let host: Substring
        let portText: Substring
        if text.hasPrefix("[") {
            guard let close = text.firstIndex(of: "]") else { return nil }
            host = text[text.index(after: text.startIndex)..<close]
            let rest = text[text.index(after: close)...]
            guard rest.hasPrefix(":") else { return nil }
            portText = rest.dropFirst()
        } else {
            guard let colon = text.lastIndex(of: ":") else { return nil }
            host = text[..<colon]
            portText = text[text.index(after: colon)...]
            guard !host.contains(":") else { return nil }
        }
        guard !host.isEmpty, let port = Int(portText), (0...65535).contains(port) else { return nil }
        self.init(host: String(host), port: port)
    }

    public var description: String { host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)" }
}

/// Every limit the listeners enforce, each with a named default. Tests shorten the timeouts.
public struct ServerLimits: Sendable, Hashable {
    /// The longest request line (selector, tab, query) accepted. RFC 1436 selectors are at most
    /// 255 characters; a line longer than this is refused without reading further.
    public var maximumRequestBytes: Int
    /// Time allowed from the end of the TLS handshake (or the first plaintext byte) to a complete
    /// request line.
    public var requestTimeout: TimeAmount
    /// Time allowed from accept to a completed TLS handshake (also covers a silent client).
    public var handshakeTimeout: TimeAmount
    /// The most connections open at once; further connections are closed at accept.
    public var maximumConnections: Int
    /// The most connections open at once from one IP address; further ones get a type-3 answer.
    public var maximumConnectionsPerAddress: Int
    /// Time a TLS client gets to answer the server's close_notify before the socket is closed
    /// anyway (swift-nio-ssl's default is 5 s, which lets a client hold a finished connection).
    public var closeTimeout: TimeAmount

    public static let defaultMaximumRequestBytes = 1024
    public static let defaultRequestTimeout = TimeAmount.seconds(10)
    public static let defaultHandshakeTimeout = TimeAmount.seconds(10)
    public static let defaultMaximumConnections = 4096
    public static let defaultMaximumConnectionsPerAddress = 32
    public static let defaultCloseTimeout = TimeAmount.seconds(2)

    public init(
        maximumRequestBytes: Int = ServerLimits.defaultMaximumRequestBytes,
        requestTimeout: TimeAmount = ServerLimits.defaultRequestTimeout,
        handshakeTimeout: TimeAmount = ServerLimits.defaultHandshakeTimeout,
        maximumConnections: Int = ServerLimits.defaultMaximumConnections,
        maximumConnectionsPerAddress: Int = ServerLimits.defaultMaximumConnectionsPerAddress,
        closeTimeout: TimeAmount = ServerLimits.defaultCloseTimeout
    ) {
        self.maximumRequestBytes = maximumRequestBytes
        self.requestTimeout = requestTimeout
        self.handshakeTimeout = handshakeTimeout
        self.maximumConnections = maximumConnections
        self.maximumConnectionsPerAddress = maximumConnectionsPerAddress
        self.closeTimeout = closeTimeout
    }
}
