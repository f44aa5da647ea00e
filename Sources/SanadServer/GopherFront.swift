import Catalogue
import Gopher
import Logging
import NIOCore
import SanadTLS
import Web

/// The Gopher front (RFC 1436 over TLS, `gophers://`; plaintext too where allowed): one request
/// line, one response written in one write, then the connection closed. It runs on
/// ``FrontServer``, which owns the listeners, admission, TLS and draining; this type is only
/// Gopher's pipeline and conversation.
public struct GopherFront: FrontChannel {
    public static let front = ServerStatistics.Front.gopher

    private let store: CatalogueStore
    let responder: GopherResponder
    private let plaintextResponder: GopherResponder
    private let cache = ResponseCache()
    private let limits: ServerLimits
    private let statistics: ServerStatistics
    private let logger: Logger

    /// Menu lines carry `publicHost` and `publicPort`.
    public init(
        store: CatalogueStore, publicHost: String, publicPort: Int, textWidth: Int, limits: ServerLimits,
        statistics: ServerStatistics, logger: Logger
    ) {
        self.store = store
        responder = GopherResponder(renderer: GopherRenderer(host: publicHost, port: publicPort, width: textWidth), leavingPage: HTMLRenderer.leavingPage(to:))
        plaintextResponder = GopherResponder(
            renderer: GopherRenderer(host: publicHost, port: publicPort, width: textWidth, scheme: "gopher"), leavingPage: HTMLRenderer.leavingPage(to:)
        )
        self.limits = limits
        self.statistics = statistics
        self.logger = logger
    }

    /// Bounded request decoder → request deadline → async channel.
    public func setup(channel: any Channel, connection: FrontConnection) throws -> NIOAsyncChannel<Result<GopherRequest, GopherRequestError>, ByteBuffer> {
        let pipeline = channel.pipeline.syncOperations
        try pipeline.addHandler(ByteToMessageHandler(
            GopherRequestDecoder(maximumBytes: limits.maximumRequestBytes),
            maximumBufferSize: 2 * limits.maximumRequestBytes + 2
        ))
        try pipeline.addHandler(RequestDeadlineHandler<Result<GopherRequest, GopherRequestError>>(requestTimeout: limits.requestTimeout))
        return try NIOAsyncChannel(wrappingChannelSynchronously: channel)
    }

    /// One request line, one write, close.
    public func handle(_ channel: NIOAsyncChannel<Result<GopherRequest, GopherRequestError>, ByteBuffer>, connection: FrontConnection) async throws {
        try await channel.executeThenClose { inbound, outbound in
            var requests = inbound.makeAsyncIterator()
            guard let first = try await requests.next() else { return }
            let clock = ContinuousClock()
            let start = clock.now
            let (response, failed) = self.response(to: first, connection: connection)
            try await outbound.write(response)
            self.statistics.recordRequest(.gopher, failed: failed, duration: clock.now - start)
            if self.statistics.logRequests, case .success(let request) = first {
                self.statistics.logRequest(.gopher, "selector \(request.selector)" + (request.query.map { " query \($0)" } ?? ""), logger: self.logger)
            }
        }
    }

    /// The bytes for one request according to the transport and the admission, and whether
    /// they are an error.
    func response(to request: Result<GopherRequest, GopherRequestError>, connection: FrontConnection) -> (ByteBuffer, failed: Bool) {
        let secure = connection.transport.isSecure
        let responder = secure ? self.responder : self.plaintextResponder
        if connection.admission == .overAddressLimit {
            return (responder.refuse(.tooManyConnections), true)
        }
        if connection.refusesPlaintext {
            return (responder.refuse(.plaintext(url: self.responder.renderer.url(.menu, "/"))), true)
        }
        switch request {
        case .success(let request):
            let (catalogue, generation) = store.currentWithGeneration
            // Plaintext and TLS answers differ only in spelled-out URLs, so they are kept apart.
            guard let key = responder.cacheKey(for: request).map({ (secure ? "s" : "p") + $0 }) else {
                let response = responder.respond(to: request, catalogue: catalogue)
                return (response, Self.isError(response))
            }
            if let cached = cache.response(for: key, generation: generation) { return (cached, false) }
            let response = responder.respond(to: request, catalogue: catalogue)
            // Errors are not kept: unknown ids must not fill the cache.
            let failed = Self.isError(response)
            if !failed { cache.store(response, for: key, generation: generation) }
            return (response, failed)
        case .failure(let error):
            return (responder.respond(to: error), true)
        }
    }

    /// Whether a response is a type-3 error. The responder returns bytes only (its API is the
    /// content helpers'), so the first byte tells.
    private static func isError(_ response: ByteBuffer) -> Bool {
        response.getInteger(at: response.readerIndex, as: UInt8.self) == GopherItemType.error.rawValue
    }
}

extension GopherFront: ConfiguredFront {
    /// Every host at ``ServerConfiguration/gopherPort`` (TLS, and plaintext when
    /// ``ServerConfiguration/allowPlaintext``; none when nil), and the TLS-only
    /// ``ServerConfiguration/extraListeners``.
    public static func endpoints(in configuration: ServerConfiguration) -> [FrontEndpoint] {
        configuration.endpoints(port: configuration.gopherPort)
            + configuration.extraListeners.map { FrontEndpoint(host: $0.host, port: $0.port, servesPlaintext: false) }
    }

    /// Menu lines carry the public host and port, defaulting to the first host and the first
    /// bound port (useful with port 0).
    public init(configuration: ServerConfiguration, store: CatalogueStore, listeners: [BoundListener], statistics: ServerStatistics, logger: Logger) {
        self.init(
            store: store, publicHost: configuration.publicHost ?? configuration.hosts.first ?? "localhost",
            publicPort: configuration.publicPort ?? listeners.first?.port ?? configuration.gopherPort ?? 0,
            textWidth: configuration.textWidth, limits: configuration.limits, statistics: statistics, logger: logger
        )
    }
}
