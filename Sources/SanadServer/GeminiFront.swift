import Catalogue
import Gemini
import Logging
import NIOCore
import NIOPosix
import SanadTLS

/// The Gemini front (specification v0.24): one request per connection, the response written in
/// one write, then the connection closed. It runs on ``FrontServer``; this type is only the
/// Gemini pipeline, the per-address request rate, and the conversation: read the request,
/// check the rate, render from the current catalogue, write. Nothing a client sends (URL,
/// query, address) is logged.
public struct GeminiFront: FrontChannel {
    public static let front = ServerStatistics.Front.gemini

    /// The registered Gemini port.
    public static let defaultPort = 1965

    /// How long an address over the per-address connection limit is asked to wait.
    static let tooManyConnectionsWait = 5

    /// The most bytes buffered before the request line is complete: the URL, CR LF, and one
    /// read's worth of slack. The decoder refuses a longer line long before this.
    static let maximumBufferBytes = 2 * (GeminiRequest.maximumURLBytes + 2)

    private let store: CatalogueStore
    private let responder = GeminiResponder()
    private let rateLimiter: GeminiFrontRateLimiter
    private let limits: ServerLimits
    private let statistics: ServerStatistics

    public init(store: CatalogueStore, limits: ServerLimits, rate: GeminiFrontLimits, statistics: ServerStatistics) {
        self.store = store
        rateLimiter = GeminiFrontRateLimiter(limits: rate)
        self.limits = limits
        self.statistics = statistics
    }

    /// Bounded request decoder → request deadline → async channel.
    public func setup(channel: any Channel, connection: FrontConnection) throws -> NIOAsyncChannel<Result<GeminiRequest, GeminiRequestError>, ByteBuffer> {
        let pipeline = channel.pipeline.syncOperations
        try pipeline.addHandler(ByteToMessageHandler(GeminiRequestDecoder(), maximumBufferSize: Self.maximumBufferBytes))
        try pipeline.addHandler(RequestDeadlineHandler<Result<GeminiRequest, GeminiRequestError>>(requestTimeout: limits.requestTimeout))
        return try NIOAsyncChannel(wrappingChannelSynchronously: channel)
    }

    /// One request, one write, close. Gemini is TLS by specification: a plaintext client where
    /// plaintext is not served is closed without an answer (it is not a Gemini client).
    public func handle(_ channel: NIOAsyncChannel<Result<GeminiRequest, GeminiRequestError>, ByteBuffer>, connection: FrontConnection) async throws {
        try await channel.executeThenClose { inbound, outbound in
            if connection.refusesPlaintext { return }
            var requests = inbound.makeAsyncIterator()
            guard let request = try await requests.next() else { return }
            let response = self.response(to: request, admission: connection.admission, address: channel.channel.remoteAddress)
            try await outbound.write(response.buffer(allocator: channel.channel.allocator))
            self.statistics.recordRequest(.gemini)
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

extension FrontServer where Child == GeminiFront {
    /// Binds the Gemini front on every host of `configuration` at `port` (0 picks a free port),
    /// with the shared transport and limiter; its deadlines come from `configuration.limits`,
    /// its request rate from `configuration.geminiLimits`.
    public static func gemini(
        configuration: ServerConfiguration, port: Int, store: CatalogueStore, transport: TLSTransport, limiter: ConnectionLimiter,
        group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton, statistics: ServerStatistics = ServerStatistics(),
        logger: Logger = Logger(label: "sanad.gemini")
    ) async throws -> FrontServer<GeminiFront> {
        try await bind(
            endpoints: configuration.endpoints(port: port), transport: transport, limiter: limiter,
            handshakeTimeout: configuration.limits.handshakeTimeout, group: group, statistics: statistics, logger: logger
        ) { _ in
            GeminiFront(store: store, limits: configuration.limits, rate: configuration.geminiLimits, statistics: statistics)
        }
    }
}
