import Logging
import Memberwise
import NIOCore
import SanadTLS

/// What differs between fronts: how a connection's pipeline is set up once its transport is
/// up, and the conversation on it. Everything else (binding, admission, per-address limits, the
/// handshake deadline, TLS and plaintext, draining, statistics) is ``FrontServer``'s, written
/// once for every front, as Hummingbird's `ServerChildChannel` is for its `Server`.
///
/// A front that shares a port with another (a web front beside Gopher on 443) is a
/// `FrontChannel` too: its ``setup(channel:connection:)`` looks at
/// ``FrontConnection/transport`` (the ALPN result) or at the first bytes and delegates to one
/// of the two; see ARCHITECTURE.md, "Adding a front".
public protocol FrontChannel: Sendable {
    /// What ``setup(channel:connection:)`` hands to ``handle(_:connection:)``: usually the
    /// connection wrapped as an `NIOAsyncChannel` of the front's decoded requests.
    associatedtype Value: Sendable

    /// The front's name in statistics, logs and start-up lines.
    static var front: ServerStatistics.Front { get }

    /// Runs on the connection's event loop once its transport is up (TLS handshake done, or the
    /// first plaintext byte seen, before that byte is passed on): adds the front's bounded
    /// decoders and clocks to the end of the pipeline and wraps it for async code. Throwing
    /// closes the connection.
    func setup(channel: any Channel, connection: FrontConnection) throws -> Value

    /// The conversation, in the connection's own task on its event loop: read, answer from the
    /// current catalogue, write, until done. An error ends the connection; the server counts it
    /// and logs nothing a client sent.
    func handle(_ value: Value, connection: FrontConnection) async throws
}

/// A front made from the server's configuration, so one generic binder
/// (``FrontServer/bind(configuration:store:transport:limiter:group:statistics:logger:)``)
/// serves every front: where it listens, and how it is made once the listeners are bound.
public protocol ConfiguredFront: FrontChannel {
    /// Where the front listens; empty when its port is nil (the front is off).
    static func endpoints(in configuration: ServerConfiguration) -> [FrontEndpoint]

    /// The front, given what was bound (a Gopher menu names the bound port when none is set).
    init(configuration: ServerConfiguration, store: CatalogueStore, listeners: [BoundListener], statistics: ServerStatistics, logger: Logger)
}

/// What the server knows of one connection when it hands it to a front.
@MemberwiseInit
public struct FrontConnection: Sendable {
    /// Plaintext, or TLS with its ALPN result.
    public var transport: Transport
    /// What the connection limiter decided at accept.
    public var admission: ConnectionLimiter.Admission
    /// Whether the listener serves plaintext (`allow_plaintext`, for onion services and loopback).
    public var servesPlaintext: Bool

    /// A plaintext client on a listener that does not serve plaintext: the front answers with
    /// one refusal in its own wire format (pointing to TLS) and closes. The same rule for
    /// every front.
    public var refusesPlaintext: Bool { !transport.isSecure && !servesPlaintext }
}
