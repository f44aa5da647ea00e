import Catalogue
import Gemini
import Logging
import NIOCore
import NIOPosix
import NIOSSL
import ServiceLifecycle

/// The Gemini front (specification v0.24): TLS only, one request per connection, the response
/// written in one write, then the connection closed.
///
/// TLS and deadlines live in channel handlers; each accepted connection is answered by async code
/// in its own child task of a discarding task group: read the request, check the address's rate,
/// render from the current catalogue, write, close. Nothing a client sends (URL, query, address)
/// is logged.
///
/// Use ``bind(configuration:port:store:credentials:limiter:limits:group:logger:)`` to open the
/// ports (so the caller can print ``startupLines(fingerprint:)``), then ``run()`` (or run it as a
/// ServiceLifecycle service next to the other fronts).
public final class GeminiFront: Service, Sendable {
    /// The bound addresses, for the start-up lines and tests.
    public let listeners: [SocketAddress]
    private let channels: [NIOAsyncChannel<GeminiFrontConnection, Never>]
    private let store: CatalogueStore
    private let responder: GeminiResponder
    private let rateLimiter: GeminiFrontRateLimiter
    private let statistics: ServerStatistics
    private let logger: Logger
    /// The event loops' executors, on which connection tasks run.
    private let executors: EventLoopExecutors

    /// The registered Gemini port.
    public static let defaultPort = 1965

    /// How long an address over the per-address connection limit is asked to wait.
    static let tooManyConnectionsWait = 5

    private init(
        listeners: [SocketAddress], channels: [NIOAsyncChannel<GeminiFrontConnection, Never>], store: CatalogueStore,
        rateLimiter: GeminiFrontRateLimiter, statistics: ServerStatistics, logger: Logger, executors: EventLoopExecutors
    ) {
        self.listeners = listeners
        self.channels = channels
        self.store = store
        self.responder = GeminiResponder()
        self.rateLimiter = rateLimiter
        self.statistics = statistics
        self.logger = logger
        self.executors = executors
    }

    /// Binds the Gemini front on every host of `configuration` at `port` (0 picks a free port).
    /// Shares the certificate and the connection limiter with the other fronts, and takes its
    /// deadlines and connection limits from `configuration.limits`.
    public static func bind(
        configuration: ServerConfiguration, port: Int = GeminiFront.defaultPort, store: CatalogueStore,
        credentials: TLSCredentials, limiter: ConnectionLimiter, limits: GeminiFrontLimits = GeminiFrontLimits(),
        group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton,
        statistics: ServerStatistics = ServerStatistics(), contexts: TLSContextProvider? = nil,
        logger: Logger = Logger(label: "sanad.gemini")
    ) async throws -> GeminiFront {
        // Contexts come without session tickets (see SessionTickets): Gemini clients make one
        // request per connection and rarely resume.
        let contexts = try contexts ?? TLSContextProvider(credentials: credentials, sessionTickets: configuration.sessionTickets)
        var channels: [NIOAsyncChannel<GeminiFrontConnection, Never>] = []
        do {
            for host in configuration.hosts {
                channels.append(try await bindOne(
                    host: host, port: port, contexts: contexts, limits: configuration.limits, limiter: limiter, group: group,
                    ipv6Only: ServerBootstrap.needsIPv6Only(host: host, port: port, among: configuration.hosts.map { ($0, port) })
                ))
            }
        } catch {
            for channel in channels { try? await channel.channel.close() }
            throw error
        }
        return GeminiFront(
            listeners: channels.compactMap(\.channel.localAddress), channels: channels, store: store,
            rateLimiter: GeminiFrontRateLimiter(limits: limits), statistics: statistics, logger: logger,
            executors: EventLoopExecutors(group: group)
        )
    }

    /// The first bound port (useful with port 0).
    public var port: Int { listeners.first?.port ?? 0 }

    /// `gemini: listening on 127.0.0.1:1965 (TLS, SHA-256 AB:…)`, one per listener, for `sanad serve`.
    public func startupLines(fingerprint: String) -> [String] {
        listeners.map { address in
            let host = address.ipAddress ?? "?"
            let port = address.port ?? 0
            let hostAndPort = host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
            return "gemini: listening on \(hostAndPort) (TLS, SHA-256 \(fingerprint))"
        }
    }

    /// Accepts and answers connections until the listeners are closed (graceful shutdown or
    /// ``close()``); then waits for the connections in flight, which the deadlines bound.
    public func run() async throws {
        try await AcceptLoop.run(channels, front: "gemini", executors: executors, logger: logger) { await self.answer($0) }
    }

    /// Stops accepting: closes every listening socket. Connections in flight finish.
    public func close() {
        AcceptLoop.close(channels)
    }

    /// One connection: one request, one write, close. Errors end the connection quietly.
    private func answer(_ connection: GeminiFrontConnection) async {
        guard case .serve(let channel, let admission) = connection else { return }
        do {
            try await channel.executeThenClose { inbound, outbound in
                var requests = inbound.makeAsyncIterator()
                guard let request = try await requests.next() else { return }
                let address = channel.channel.remoteAddress
                let response = self.response(to: request, admission: admission, address: address)
                try await outbound.write(response.buffer(allocator: channel.channel.allocator))
                self.statistics.recordRequest(.gemini)
            }
        } catch {
            // Timeouts, resets and TLS failures land here; they are the client's business,
            // counted but never logged with details.
            statistics.recordError(.gemini)
        }
    }

    /// The response for one decoded request, after the connection and rate limits.
    func response(
        to request: Result<GeminiRequest, GeminiRequestError>, admission: ConnectionLimiter.Admission,
        address: SocketAddress?, now: NIODeadline = .now()
    ) -> GeminiResponse {
        if admission == .overAddressLimit {
            return .slowDown(seconds: Self.tooManyConnectionsWait)
        }
        if let wait = rateLimiter.check(address, now: now) {
            return .slowDown(seconds: wait)
        }
        switch request {
        case .success(let request): return responder.respond(to: request, catalogue: store.current)
        case .failure(let error): return responder.respond(to: error)
        }
    }
}
