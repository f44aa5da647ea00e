import Catalogue
import LineInterface
import Logging
import NIOCore
import NIOPosix
import NIOSSL
import ServiceLifecycle

/// The line interface over TLS (telnet-style; port 992 "telnets" in production): one TLS
/// connection, one handshake, then as many pages as the user wants.
///
/// Framing (TLS, telnet decoding with its limits) and clocks live in channel handlers; each
/// connection is then a ``LineSession`` driven by async code in its own child task of a
/// discarding task group. The server speaks first: banner, root menu, prompt.
///
/// Use ``bind(configuration:store:credentials:limiter:limits:group:logger:)`` to open the ports
/// (so the caller can print them, see ``startupLines(fingerprint:)``), then ``run()`` (or run it
/// as a ServiceLifecycle service next to the Gopher server).
public final class LineFront: Service, Sendable {
    /// The bound addresses, for the start-up lines and tests.
    public let listeners: [SocketAddress]
    private let channels: [NIOAsyncChannel<LineFrontConnection, Never>]
    let store: CatalogueStore
    let settings: LineSession.Settings
    let statistics: ServerStatistics
    private let logger: Logger
    /// The event loops' executors, on which connection tasks run.
    private let executors: EventLoopExecutors

    private init(
        listeners: [SocketAddress], channels: [NIOAsyncChannel<LineFrontConnection, Never>],
        store: CatalogueStore, settings: LineSession.Settings, statistics: ServerStatistics, logger: Logger, executors: EventLoopExecutors
    ) {
        self.listeners = listeners
        self.channels = channels
        self.store = store
        self.settings = settings
        self.statistics = statistics
        self.logger = logger
        self.executors = executors
    }

    /// The port used when none is configured, on loopback: 9992 (production uses 992).
    public static let defaultPort = 9992

    /// Binds the line interface on every host of `configuration` at its ``ServerConfiguration/linePort``
    /// (``defaultPort`` when nil; 0 picks a free port). Shares the certificate and the connection
    /// limiter with the Gopher listeners.
    public static func bind(
        configuration: ServerConfiguration, store: CatalogueStore, credentials: TLSCredentials,
        limiter: ConnectionLimiter, limits: LineFrontLimits = LineFrontLimits(),
        group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton,
        statistics: ServerStatistics = ServerStatistics(), contexts: TLSContextProvider? = nil,
        logger: Logger = Logger(label: "sanad.line")
    ) async throws -> LineFront {
        let contexts = try contexts ?? TLSContextProvider(credentials: credentials, sessionTickets: configuration.sessionTickets)
        let port = configuration.linePort ?? defaultPort
        var channels: [NIOAsyncChannel<LineFrontConnection, Never>] = []
        do {
            for host in configuration.hosts {
                channels.append(try await bindOne(
                    host: host, port: port, contexts: contexts, handshakeTimeout: configuration.limits.handshakeTimeout,
                    limits: limits, limiter: limiter, group: group,
                    ipv6Only: ServerBootstrap.needsIPv6Only(host: host, port: port, among: configuration.hosts.map { ($0, port) })
                ))
            }
        } catch {
            for channel in channels { try? await channel.channel.close() }
            throw error
        }
        let settings = LineSession.Settings(width: configuration.textWidth, screenHeight: limits.screenHeight)
        return LineFront(
            listeners: channels.compactMap(\.channel.localAddress), channels: channels, store: store,
            settings: settings, statistics: statistics, logger: logger,
            executors: EventLoopExecutors(group: group)
        )
    }

    /// `line: listening on 127.0.0.1:9992 (TLS, SHA-256 AB:…)`, one per listener, for `sanad serve`.
    public func startupLines(fingerprint: String) -> [String] {
        listeners.map { "line: listening on \(Self.hostAndPort($0)) (TLS, SHA-256 \(fingerprint))" }
    }

    /// `127.0.0.1:9992` or `[::1]:9992`.
    public static func hostAndPort(_ address: SocketAddress) -> String {
        let host = address.ipAddress ?? "?"
        let port = address.port ?? 0
        return host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
    }

    /// Accepts and serves connections until the listeners are closed. On graceful shutdown the
    /// listeners close and every open session is told and closed: sessions are long, and
    /// waiting for them would hold a restart for up to the session length.
    public func run() async throws {
        try await AcceptLoop.run(channels, front: "line", executors: executors, logger: logger) { await self.converse($0) }
    }

    /// Stops accepting: closes every listening socket. Open sessions go on.
    public func close() {
        AcceptLoop.close(channels)
    }
}
