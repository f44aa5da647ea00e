import Gopher
import Logging
import Memberwise
import NIOCore
import NIOHTTP1
import SanadTLS

/// Gopher and the web on one port (443 in deploy/): the choice is made after the handshake. A
/// client that agreed ALPN `http/1.1` is a browser; with no ALPN (Gopher clients, curl over
/// plaintext), the first bytes decide: an HTTP request line (`GET /`, `POST /`, `HEAD /` …) is
/// the web, anything else (a selector, an empty line) is Gopher. Each front then runs exactly
/// as on its own port; statistics count each under its own name.
@MemberwiseInit
public struct GopherWebFront: ConfiguredFront {
    public static let front = ServerStatistics.Front.gopher

    let gopher: GopherFront
    let web: WebFront
    /// How long a client may take to send the bytes that decide (the request deadline).
    let decisionTimeout: TimeAmount

    /// The chosen front's connection.
    public enum Chosen: Sendable {
        case gopher(GopherFront.Value)
        case web(WebFront.Value)
    }

    /// Chosen at setup (by ALPN), or once the first bytes arrive.
    public enum Value: Sendable {
        case chosen(Chosen)
        case pending(EventLoopFuture<Chosen>)
    }

    public func setup(channel: any Channel, connection: FrontConnection) throws -> Value {
        if case .tls(applicationProtocol: "http/1.1") = connection.transport {
            return .chosen(.web(try web.setup(channel: channel, connection: connection)))
        }
        let promise = channel.eventLoop.makePromise(of: Chosen.self)
        let gopher = self.gopher
        let web = self.web
        try channel.pipeline.syncOperations.addHandler(FirstBytesChooser(timeout: decisionTimeout, promise: promise) { channel, isHTTP in
            isHTTP ? .web(try web.setup(channel: channel, connection: connection)) : .gopher(try gopher.setup(channel: channel, connection: connection))
        })
        return .pending(promise.futureResult)
    }

    public func handle(_ value: Value, connection: FrontConnection) async throws {
        let chosen: Chosen
        switch value {
        case .chosen(let made): chosen = made
        case .pending(let future): chosen = try await future.get()
        }
        switch chosen {
        case .gopher(let channel): try await gopher.handle(channel, connection: connection)
        case .web(let channel): try await web.handle(channel, connection: connection)
        }
    }

    /// When ``ServerConfiguration/webOnGopherPort`` is set: Gopher's extra listeners (443 in
    /// deploy/), or Gopher's port when there are none; none otherwise. Gopher's port beside
    /// extra listeners stays Gopher's alone, without session tickets (see ``Fronts``).
    public static func endpoints(in configuration: ServerConfiguration) -> [FrontEndpoint] {
        guard configuration.webOnGopherPort else { return [] }
        if configuration.extraListeners.isEmpty { return configuration.endpoints(port: configuration.gopherPort) }
        return configuration.extraListeners.map { FrontEndpoint(host: $0.host, port: $0.port, servesPlaintext: false) }
    }

    public init(configuration: ServerConfiguration, store: CatalogueStore, listeners: [BoundListener], statistics: ServerStatistics, logger: Logger) {
        self.init(
            gopher: GopherFront(configuration: configuration, store: store, listeners: listeners, statistics: statistics, logger: logger),
            web: WebFront(configuration: configuration, store: store, listeners: listeners, statistics: statistics, logger: logger),
            decisionTimeout: configuration.limits.requestTimeout
        )
    }
}

/// Reads the first bytes of a connection that offered no ALPN and installs the front they
/// belong to: an HTTP method and a space is the web; anything else is Gopher, decided as soon
/// as the bytes can no longer start a method (a selector starting with `/` at the first byte).
/// Then it passes the bytes on and removes itself.
final class FirstBytesChooser: ClockedHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer

    /// The request lines of HTTP/1.x, each with its space.
    static let methods: [[UInt8]] = ["GET ", "HEAD ", "POST ", "PUT ", "DELETE ", "OPTIONS ", "PATCH ", "CONNECT ", "TRACE "].map { Array($0.utf8) }

    private var pending: PendingSetup<GopherWebFront.Chosen>
    private let choose: (any Channel, Bool) throws -> GopherWebFront.Chosen
    private var buffered: ByteBuffer?

    init(timeout: TimeAmount, promise: EventLoopPromise<GopherWebFront.Chosen>, choose: @escaping (any Channel, Bool) throws -> GopherWebFront.Chosen) {
        pending = PendingSetup(promise: promise, timeout: timeout)
        self.choose = choose
    }

    /// True for the web, false for Gopher, nil while `bytes` could still start a method.
    static func isHTTP(_ bytes: [UInt8]) -> Bool? {
        if methods.contains(where: { bytes.starts(with: $0) }) { return true }
        if methods.contains(where: { $0.starts(with: bytes) }) { return nil }
        return false
    }

    func handlerAdded(context: ChannelHandlerContext) {
        pending.start(context)
    }

    func stopClocks() {
        pending.abandon()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        var incoming = Self.unwrapInboundIn(data)
        guard pending.isPending else {
            context.fireChannelRead(data)
            return
        }
        var all = buffered ?? context.channel.allocator.buffer(capacity: incoming.readableBytes)
        all.writeBuffer(&incoming)
        guard let isHTTP = Self.isHTTP(Array(all.readableBytesView.prefix(8))), let promise = pending.take() else {
            buffered = all
            return
        }
        guard PendingSetup.fulfil(promise, context: context, with: { try choose(context.channel, isHTTP) }) else { return }
        context.fireChannelRead(Self.wrapInboundOut(all))
        context.pipeline.syncOperations.removeHandler(context: context, promise: nil)
    }
}

@available(*, unavailable) extension FirstBytesChooser: Sendable {}
