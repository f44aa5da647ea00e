import NIOConcurrencyHelpers
import NIOCore
import NIOSSL

/// The TLS server context every listener takes for each new connection, replaceable while
/// the server runs (a renewed certificate): connections already open keep the context they
/// began with; the next handshake uses the new one.
///
/// Built once from the credentials and shared by every front that wants the same ticket policy
/// (a front that wants session tickets, such as a web front, takes its own provider).
public final class TLSContextProvider: Sendable {
    private let box: NIOLockedValueBox<(context: NIOSSLContext, credentials: TLSCredentials)>
    /// How long a closing connection waits for the client's close_notify.
    public let closeTimeout: TimeAmount
    /// Whether contexts send session tickets (see ``ServerConfiguration/sessionTickets``).
    public let sessionTickets: Bool
    /// The protocols offered by ALPN (`http/1.1` for the web front; none for the others).
    public let applicationProtocols: [String]

    public init(
        credentials: TLSCredentials, closeTimeout: TimeAmount = TLSCredentials.defaultCloseTimeout, sessionTickets: Bool = false,
        applicationProtocols: [String] = []
    ) throws {
        self.closeTimeout = closeTimeout
        self.sessionTickets = sessionTickets
        self.applicationProtocols = applicationProtocols
        box = NIOLockedValueBox((
            try credentials.makeServerContext(closeTimeout: closeTimeout, sessionTickets: sessionTickets, applicationProtocols: applicationProtocols),
            credentials
        ))
    }

    /// The context for the next handshake.
    public var context: NIOSSLContext { box.withLockedValue { $0.context } }

    /// The credentials now served (for the fingerprint in log lines).
    public var credentials: TLSCredentials { box.withLockedValue { $0.credentials } }

    /// Builds a context for `credentials` and, only if that works (the key matches the
    /// certificate), makes it the one new connections use.
    public func replace(with credentials: TLSCredentials) throws {
        let context = try credentials.makeServerContext(
            closeTimeout: closeTimeout, sessionTickets: sessionTickets, applicationProtocols: applicationProtocols
        )
        box.withLockedValue { $0 = (context, credentials) }
    }
}
