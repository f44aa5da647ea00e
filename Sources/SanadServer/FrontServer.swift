import Logging
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import SanadTLS
import ServiceLifecycle

/// The one server every front runs on: it binds the listeners, admits each connection (total
/// and per-address limits) at accept, runs the TLS wrapper and the handshake deadline, applies
/// the plaintext rule, hands the connection to the front's ``FrontChannel/setup(channel:connection:)``
/// once the transport is up, then runs the front's conversation in a child task on the
/// connection's event loop; it drains on graceful shutdown and counts errors.
///
/// Use ``bind(endpoints:transport:limiter:handshakeTimeout:group:statistics:logger:child:)`` to
/// open the ports (so the caller can print ``startupLines(fingerprint:)``), then ``run()`` (or
/// run it as a ServiceLifecycle service beside the other fronts).
public final class FrontServer<Child: FrontChannel>: Service, Sendable {
    /// What was bound, in the order of the endpoints.
    public let listeners: [BoundListener]
    private let channels: [NIOAsyncChannel<PendingConnection<Child>, Never>]
    /// The front, known once the listeners are bound (its pages may name the bound port).
    private let slot: NIOLockedValueBox<Child?>
    private let statistics: ServerStatistics
    private let logger: Logger
    /// The event loops' executors, on which connection tasks run.
    private let executors: EventLoopExecutors

    private init(
        listeners: [BoundListener], channels: [NIOAsyncChannel<PendingConnection<Child>, Never>], slot: NIOLockedValueBox<Child?>,
        statistics: ServerStatistics, logger: Logger, executors: EventLoopExecutors
    ) {
        self.listeners = listeners
        self.channels = channels
        self.slot = slot
        self.statistics = statistics
        self.logger = logger
        self.executors = executors
    }

    /// The front, made by `bind`'s `child` from the bound listeners.
    public var child: Child { slot.withLockedValue { $0! } }

    /// The first bound port (useful with port 0).
    public var port: Int { listeners.first?.port ?? 0 }

    /// Binds every endpoint, then makes the front with `child` from what was bound (a Gopher
    /// menu names the bound port when none is configured). If one endpoint cannot be bound, the
    /// ones already bound are closed and the error is thrown.
    public static func bind(
        endpoints: [FrontEndpoint], transport: TLSTransport, limiter: ConnectionLimiter, handshakeTimeout: TimeAmount,
        group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton, statistics: ServerStatistics = ServerStatistics(),
        logger: Logger = Logger(label: "sanad"), child: ([BoundListener]) throws -> Child
    ) async throws -> FrontServer {
        let slot = NIOLockedValueBox<Child?>(nil)
        var channels: [NIOAsyncChannel<PendingConnection<Child>, Never>] = []
        var listeners: [BoundListener] = []
        do {
            for endpoint in endpoints {
                let ipv6Only = ServerBootstrap.needsIPv6Only(host: endpoint.host, port: endpoint.port, among: endpoints.map { ($0.host, $0.port) })
                let channel = try await bindOne(
                    endpoint, ipv6Only: ipv6Only, transport: transport, limiter: limiter, handshakeTimeout: handshakeTimeout,
                    group: group, slot: slot
                )
                channels.append(channel)
                if let address = channel.channel.localAddress {
                    listeners.append(BoundListener(address: address, servesPlaintext: endpoint.servesPlaintext))
                }
            }
            let made = try child(listeners)
            slot.withLockedValue { $0 = made }
        } catch {
            for channel in channels { try? await channel.channel.close() }
            throw error
        }
        return FrontServer(
            listeners: listeners, channels: channels, slot: slot, statistics: statistics, logger: logger,
            executors: EventLoopExecutors(group: group)
        )
    }

    /// `gopher: listening on 127.0.0.1:7070 (TLS and plaintext, SHA-256 AB:…)`, one per listener.
    public func startupLines(fingerprint: String) -> [String] {
        listeners.map { listener in
            let transport = listener.servesPlaintext ? "TLS and plaintext" : "TLS"
            return "\(Child.front.rawValue): listening on \(listener.hostAndPort) (\(transport), SHA-256 \(fingerprint))"
        }
    }

    /// Accepts and serves connections until the listeners are closed (graceful shutdown or
    /// ``close()``); then waits for the connections in flight, which the fronts' deadlines bound.
    public func run() async throws {
        try await AcceptLoop.run(channels, front: Child.front.rawValue, executors: executors, logger: logger) { pending in
            await self.serve(pending)
        }
    }

    /// Stops accepting: closes every listening socket. Connections in flight finish.
    public func close() {
        AcceptLoop.close(channels)
    }

    /// One connection: wait for the transport and the front's pipeline, then the conversation.
    /// Timeouts, resets and TLS failures are the client's business: counted, never logged with
    /// details.
    private func serve(_ pending: PendingConnection<Child>) async {
        guard let ready = pending.ready else { return }
        do {
            let (child, value, connection) = try await ready.get()
            try await child.handle(value, connection: connection)
        } catch {
            statistics.recordError(Child.front)
        }
    }
}

/// An address and port a front listens on, and whether plaintext is served there (built only
/// in this module, so its initializer is synthesised).
public struct FrontEndpoint: Sendable, Hashable {
    public var host: String
    public var port: Int
    public var servesPlaintext: Bool
}

extension FrontServer where Child: ConfiguredFront {
    /// Binds the front where `configuration` puts it, with its handshake deadline, sharing the
    /// transport (certificate, reload, ticket policy), the limiter and the statistics.
    public static func bind(
        configuration: ServerConfiguration, store: CatalogueStore, transport: TLSTransport, limiter: ConnectionLimiter,
        group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton, statistics: ServerStatistics = ServerStatistics(),
        logger: Logger = Logger(label: "sanad")
    ) async throws -> FrontServer {
        try await bind(
            endpoints: Child.endpoints(in: configuration), transport: transport, limiter: limiter,
            handshakeTimeout: configuration.limits.handshakeTimeout, group: group, statistics: statistics, logger: logger
        ) { listeners in
            Child(configuration: configuration, store: store, listeners: listeners, statistics: statistics, logger: logger)
        }
    }
}
