import Catalogue
import Gopher
import Logging
import NIOCore
import NIOPosix
import NIOSSL
import ServiceLifecycle

/// The Gopher listeners: one shared TLS/plaintext port per host, plus TLS-only extra listeners.
///
/// Protocol framing, TLS and deadlines live in channel handlers; each accepted connection is
/// then answered by async code in its own child task of a discarding task group: read one
/// request, render it from the current catalogue, write the response in one write, close.
///
/// Use ``bind(configuration:store:credentials:limiter:group:logger:)`` to open the ports (so
/// the caller can print them), then ``run()`` (or run it as a ServiceLifecycle service).
public final class GopherServer: Service, Sendable {
    /// What was bound, for the start-up lines and tests.
    public let listeners: [BoundListener]
    private let channels: [NIOAsyncChannel<GopherConnection, Never>]
    private let store: CatalogueStore
    private let responder: GopherResponder
    private let plaintextResponder: GopherResponder
    private let cache = ResponseCache()
    private let statistics: ServerStatistics
    private let logger: Logger
    /// The event loops' executors, on which connection tasks run.
    private let executors: EventLoopExecutors

    /// One bound listening socket.
    public struct BoundListener: Sendable, CustomStringConvertible {
        public var address: SocketAddress
        /// Whether plaintext Gopher is served here (otherwise it gets a refusal).
        public var servesPlaintext: Bool

        /// The bound port.
        public var port: Int { address.port ?? 0 }

        /// `127.0.0.1:7070` or `[::1]:7070`.
        public var hostAndPort: String {
            let host = address.ipAddress ?? "?"
            return host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
        }

        public var description: String { hostAndPort }
    }

    private init(
        listeners: [BoundListener], channels: [NIOAsyncChannel<GopherConnection, Never>], store: CatalogueStore,
        responder: GopherResponder, plaintextResponder: GopherResponder, statistics: ServerStatistics, logger: Logger, executors: EventLoopExecutors
    ) {
        self.listeners = listeners
        self.channels = channels
        self.store = store
        self.responder = responder
        self.plaintextResponder = plaintextResponder
        self.statistics = statistics
        self.logger = logger
        self.executors = executors
    }

    /// Binds every Gopher listener of `configuration`. Menu lines carry the public host and port,
    /// defaulting to the first host and the first bound port (useful with port 0).
    public static func bind(
        configuration: ServerConfiguration, store: CatalogueStore, credentials: TLSCredentials,
        limiter: ConnectionLimiter, group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton,
        statistics: ServerStatistics = ServerStatistics(), contexts: TLSContextProvider? = nil,
        logger: Logger = Logger(label: "sanad.gopher")
    ) async throws -> GopherServer {
        let contexts = try contexts ?? TLSContextProvider(credentials: credentials, closeTimeout: configuration.limits.closeTimeout, sessionTickets: configuration.sessionTickets)
        var endpoints: [(host: String, port: Int, plaintext: Bool)] = configuration.hosts.map {
            ($0, configuration.gopherPort, configuration.allowPlaintext)
        }
        endpoints += configuration.extraListeners.map { ($0.host, $0.port, false) }

        var channels: [NIOAsyncChannel<GopherConnection, Never>] = []
        var listeners: [BoundListener] = []
        do {
            for endpoint in endpoints {
                let channel = try await bindOne(
                    host: endpoint.host, port: endpoint.port, plaintextServed: endpoint.plaintext,
                    contexts: contexts, limits: configuration.limits, limiter: limiter, group: group,
                    ipv6Only: ServerBootstrap.needsIPv6Only(host: endpoint.host, port: endpoint.port, among: endpoints.map { ($0.host, $0.port) })
                )
                channels.append(channel)
                if let address = channel.channel.localAddress {
                    listeners.append(BoundListener(address: address, servesPlaintext: endpoint.plaintext))
                }
            }
        } catch {
            for channel in channels { try? await channel.channel.close() }
            throw error
        }

        let publicHost = configuration.publicHost ?? configuration.hosts.first ?? "localhost"
        let publicPort = configuration.publicPort ?? listeners.first?.port ?? configuration.gopherPort
        let responder = GopherResponder(renderer: GopherRenderer(host: publicHost, port: publicPort, width: configuration.textWidth))
        let plaintextResponder = GopherResponder(renderer: GopherRenderer(host: publicHost, port: publicPort, width: configuration.textWidth, scheme: "gopher"))
        return GopherServer(
            listeners: listeners, channels: channels, store: store, responder: responder,
            plaintextResponder: plaintextResponder, statistics: statistics, logger: logger,
            executors: EventLoopExecutors(group: group)
        )
    }

    /// Accepts and answers connections until the listeners are closed (graceful shutdown or
    /// ``close()``); then waits for the connections in flight, which the deadlines bound.
    public func run() async throws {
        try await AcceptLoop.run(channels, front: "gopher", executors: executors, logger: logger) { await self.answer($0) }
    }

    /// Stops accepting: closes every listening socket. Connections in flight finish.
    public func close() {
        AcceptLoop.close(channels)
    }

    /// One connection: one request line, one write, close. Errors end the connection quietly:
    /// nothing a client sends is logged.
    private func answer(_ connection: GopherConnection) async {
        guard case .serve(let channel, let admission, let servesPlaintext) = connection else { return }
        do {
            try await channel.executeThenClose { inbound, outbound in
                var requests = inbound.makeAsyncIterator()
                guard let first = try await requests.next() else { return }
                let clock = ContinuousClock()
                let start = clock.now
                let response = self.response(to: first, admission: admission, servesPlaintext: servesPlaintext)
                try await outbound.write(response)
                let failed = response.getInteger(at: response.readerIndex, as: UInt8.self) == GopherItemType.error.rawValue
                self.statistics.recordRequest(.gopher, failed: failed, duration: clock.now - start)
                if self.statistics.logRequests, case .success(let request) = first.request {
                    self.statistics.logRequest(.gopher, "selector \(request.selector)" + (request.query.map { " query \($0)" } ?? ""), logger: self.logger)
                }
            }
        } catch {
            // Timeouts, resets and TLS failures all land here; they are the client's business,
            // counted but never logged with details.
            statistics.recordError(.gopher)
        }
    }

    /// The bytes for one request, according to the transport and the admission.
    func response(to inbound: GopherInbound, admission: ConnectionLimiter.Admission, servesPlaintext: Bool) -> ByteBuffer {
        let responder = inbound.secure ? self.responder : self.plaintextResponder
        if admission == .overAddressLimit {
            return responder.refuse(.tooManyConnections)
        }
        if !inbound.secure, !servesPlaintext {
            return responder.refuse(.plaintext(url: self.responder.renderer.url(.menu, "/")))
        }
        switch inbound.request {
        case .success(let request):
            let (catalogue, generation) = store.currentWithGeneration
            // Plaintext and TLS answers differ only in spelled-out URLs, so they are kept apart.
            guard let key = responder.cacheKey(for: request).map({ (inbound.secure ? "s" : "p") + $0 }) else {
                return responder.respond(to: request, catalogue: catalogue)
            }
            if let cached = cache.response(for: key, generation: generation) { return cached }
            let response = responder.respond(to: request, catalogue: catalogue)
            // Errors are not kept: unknown ids must not fill the cache.
            if response.getInteger(at: response.readerIndex, as: UInt8.self) != GopherItemType.error.rawValue {
                cache.store(response, for: key, generation: generation)
            }
            return response
        case .failure(let error):
            return responder.respond(to: error)
        }
    }
}
