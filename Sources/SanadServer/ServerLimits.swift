import Memberwise
import NIOCore
import SanadTLS

/// Every limit the listeners enforce, each with a named default. Tests shorten the timeouts.
@MemberwiseInit
public struct ServerLimits: Sendable, Hashable {
    /// The longest request line (selector, tab, query) accepted. RFC 1436 selectors are at most
    /// 255 characters; a line longer than this is refused without reading further.
    public var maximumRequestBytes: Int = ServerLimits.defaultMaximumRequestBytes
    /// Time allowed from the end of the TLS handshake (or the first plaintext byte) to a complete
    /// request line.
    public var requestTimeout: TimeAmount = ServerLimits.defaultRequestTimeout
    /// Time allowed from accept to a completed TLS handshake (also covers a silent client).
    public var handshakeTimeout: TimeAmount = ServerLimits.defaultHandshakeTimeout
    /// The most connections open at once; further connections are closed at accept.
    public var maximumConnections: Int = ServerLimits.defaultMaximumConnections
    /// The most connections open at once from one IP address (IPv6: one /64); further ones are
    /// decided at accept, before any TLS work, and never count toward ``maximumConnections``.
    public var maximumConnectionsPerAddress: Int = ServerLimits.defaultMaximumConnectionsPerAddress
    /// Time a TLS client gets to answer the server's close_notify before the socket is closed
    /// anyway (swift-nio-ssl's default is 5 s, which lets a client hold a finished connection).
    public var closeTimeout: TimeAmount = ServerLimits.defaultCloseTimeout
    /// The most connections over their address's limit that are kept at once, only to give them
    /// the front's one-line refusal within ``refusalTimeout``; past this budget they are closed
    /// at accept with no answer. Separate from ``maximumConnections``, so one address that opens
    /// thousands of connections cannot take the slots everyone else needs.
    public var maximumRefusals: Int = ServerLimits.defaultMaximumRefusals
    /// Time a connection over its address's limit gets to complete TLS and send its request
    /// before it is closed (it only ever gets the refusal).
    public var refusalTimeout: TimeAmount = ServerLimits.defaultRefusalTimeout
    /// Time from accept to the client's first byte (the TLS ClientHello or plaintext); a
    /// connection that sends nothing is closed then, well before ``handshakeTimeout``.
    public var firstByteTimeout: TimeAmount = ServerLimits.defaultFirstByteTimeout
    /// Time a connection may stay unwritable (output queued past the high-water mark because
    /// the client does not read) before it is closed.
    public var stalledWriteTimeout: TimeAmount = ServerLimits.defaultStalledWriteTimeout
    /// Queued output per connection (bytes) above which the connection is unwritable and the
    /// front stops (and so stops reading); below half of it the connection is writable again.
    public var maximumQueuedOutput: Int = ServerLimits.defaultMaximumQueuedOutput

    public static let defaultMaximumRequestBytes = 1024
    public static let defaultRequestTimeout = TimeAmount.seconds(10)
    public static let defaultHandshakeTimeout = TimeAmount.seconds(10)
    public static let defaultMaximumConnections = 4096
    public static let defaultMaximumConnectionsPerAddress = 32
    public static let defaultCloseTimeout = TLSCredentials.defaultCloseTimeout
    public static let defaultMaximumRefusals = 64
    public static let defaultRefusalTimeout = TimeAmount.seconds(1)
    /// Long enough for a client behind a Tor onion service, whose ClientHello follows the local
    /// connection by a circuit round trip, and for a lossy mobile link; far below the handshake
    /// deadline, so silent connections are shed early.
    public static let defaultFirstByteTimeout = TimeAmount.seconds(6)
    public static let defaultStalledWriteTimeout = TimeAmount.seconds(30)
    public static let defaultMaximumQueuedOutput = 64 * 1024
}
