import NIOCore
import SanadTLS

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
    public static let defaultCloseTimeout = TLSCredentials.defaultCloseTimeout

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
