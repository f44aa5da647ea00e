import Catalogue
import Gemini
import Logging
import NIOCore
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
    /// The names a request may give besides the connection's own address: the public host,
    /// the certificate's names and the bound addresses.
    private let names: [String]
    /// The signed pocket directories, served at `/LANG/pocket.txt` and `.sig`.
    private let bundles: BundleShelf?

    public init(
        store: CatalogueStore, limits: ServerLimits, rate: GeminiFrontLimits, statistics: ServerStatistics, names: [String] = [],
        bundles: BundleShelf? = nil
    ) {
        self.store = store
        self.names = names
        self.bundles = bundles
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
            let response = self.response(
                to: request, admission: connection.admission, address: channel.channel.remoteAddress,
                authority: self.authority(local: channel.channel.localAddress)
            )
            try await outbound.write(response.buffer(allocator: channel.channel.allocator))
            self.statistics.recordRequest(.gemini)
        }
    }

    /// The response for one decoded request, after the connection and rate limits.
    func response(
        to request: Result<GeminiRequest, GeminiRequestError>, admission: ConnectionLimiter.Admission,
        address: SocketAddress?, authority: GeminiAuthority? = nil, now: NIODeadline = .now()
    ) -> GeminiResponse {
        if admission == .overAddressLimit {
            return .slowDown(seconds: Self.tooManyConnectionsWait)
        }
        if let wait = rateLimiter.check(address, now: now) {
            return .slowDown(seconds: wait)
        }
        switch request {
        case .success(let request) where authority.map({ !$0.accepts(request) }) ?? false: return GeminiAuthority.refusal
        case .success(let request):
            if let download = BundleShelf.Download.parse(request.path) { return self.download(download) }
            return responder.respond(to: request, catalogue: store.current)
        case .failure(let error): return responder.respond(to: error)
        }
    }

    /// A signed pocket directory or its signature, byte for byte as the release carries it
    /// (verified UTF-8), or 51 when that bundle is not offered.
    func download(_ download: BundleShelf.Download) -> GeminiResponse {
        guard let bytes = bundles?.file(download), let text = String(validating: bytes, as: UTF8.self) else {
            return GeminiResponse(status: .notFound, meta: UIText.notFound(download.language))
        }
        return GeminiResponse(status: .success, meta: BundleShelf.Download.contentType, body: text)
    }

    /// What a request on a connection to `local` may name: ``names``, the address the client
    /// connected to (and `localhost` when that is a loopback address); the port it connected
    /// to or 1965 (forwarded).
    func authority(local: SocketAddress?) -> GeminiAuthority {
        var hosts = names
        var ports = [GeminiAuthority.defaultPort]
        if let local {
            if let ip = local.ipAddress { hosts.append(ip) }
            if Self.isLoopback(local) { hosts.append("localhost") }
            if let port = local.port { ports.append(port) }
        }
        return GeminiAuthority(hosts: hosts, ports: ports)
    }

    /// 127/8, ::1, and IPv4-mapped loopback.
    static func isLoopback(_ address: SocketAddress) -> Bool {
        guard let ip = address.ipAddress else { return false }
        return ip.hasPrefix("127.") || ip == "::1" || ip.hasPrefix("::ffff:127.")
    }
}

extension GeminiFront: ConfiguredFront {
    /// Every host at ``ServerConfiguration/geminiPort``; none when nil. Its deadlines come from
    /// ``ServerConfiguration/limits``, its request rate from ``ServerConfiguration/geminiLimits``,
    /// the names it answers for from ``ServerConfiguration/publicHost``,
    /// ``ServerConfiguration/certificateNames`` and the bound hosts (others get 53).
    public static func endpoints(in configuration: ServerConfiguration) -> [FrontEndpoint] {
        configuration.endpoints(port: configuration.geminiPort)
    }

    public init(configuration: ServerConfiguration, store: CatalogueStore, listeners: [BoundListener], statistics: ServerStatistics, logger: Logger) {
        // Wildcard addresses name no host; every other bound address and name does.
        let bound = configuration.hosts.filter { !["0.0.0.0", "::", "[::]", "*"].contains($0) }
        self.init(
            store: store, limits: configuration.limits, rate: configuration.geminiLimits, statistics: statistics,
            names: [configuration.publicHost].compactMap { $0 } + configuration.certificateNames + bound, bundles: configuration.bundles
        )
    }
}
