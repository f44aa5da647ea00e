import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import SanadTLS

/// An accepted connection as the accept loop hands it to its child task: the future of the
/// front's pipeline, completed once the transport is up, or nil when it was closed at accept.
struct PendingConnection<Child: FrontChannel>: AcceptedConnection {
    typealias Ready = (child: Child, value: Child.Value, connection: FrontConnection)
    var eventLoop: (any EventLoop)?
    var ready: EventLoopFuture<Ready>?

    static var closed: PendingConnection { PendingConnection(eventLoop: nil, ready: nil) }
}

extension FrontServer {
    /// The most pending connections the kernel queues before accept.
    static var listenBacklog: Int32 { 1024 }

    /// Binds one listening socket. Each accepted connection is admitted by the limiter before
    /// any TLS work (over the total, or over its address's limit with the refusal budget spent:
    /// closed at once), gets the ``QueuedOutputCompactor`` next to the socket, the first-byte
    /// deadline, the TLS wrapper and the setup handler,
    /// which runs the handshake deadline (the short refusal deadline for a connection over its
    /// address's limit) and, once the transport is up, the front's setup.
    static func bindOne(
        _ endpoint: FrontEndpoint, ipv6Only: Bool, transport: TLSTransport, limiter: ConnectionLimiter,
        handshakeTimeout: TimeAmount, group: any EventLoopGroup, slot: NIOLockedValueBox<Child?>
    ) async throws -> NIOAsyncChannel<PendingConnection<Child>, Never> {
        try await ServerBootstrap(group: group)
            .serverChannelOption(.backlog, value: listenBacklog)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .ipv6Only(ipv6Only)
            .childChannelOption(.tcpOption(.tcp_nodelay), value: 1)
            .childChannelOption(.writeBufferWaterMark, value: .init(
                low: limiter.maximumQueuedOutput / 2, high: limiter.maximumQueuedOutput
            ))
            .bind(host: endpoint.host, port: endpoint.port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    let admission = limiter.admit(channel: channel)
                    guard !admission.closesAtAccept else {
                        channel.close(promise: nil)
                        return .closed
                    }
                    let promise = channel.eventLoop.makePromise(of: PendingConnection<Child>.Ready.self)
                    let servesPlaintext = endpoint.servesPlaintext
                    let deadline = admission == .overAddressLimit ? min(handshakeTimeout, limiter.refusalTimeout) : handshakeTimeout
                    do {
                        try channel.pipeline.syncOperations.addHandlers(
                            QueuedOutputCompactor(),
                            FirstByteDeadlineHandler(timeout: min(deadline, limiter.firstByteTimeout)),
                            StalledWriteHandler(timeout: limiter.stalledWriteTimeout)
                        )
                        try transport.install(on: channel)
                        try channel.pipeline.syncOperations.addHandler(ConnectionSetupHandler(
                            handshakeTimeout: deadline, promise: promise
                        ) { channel, transport in
                            guard let child = slot.withLockedValue({ $0 }) else { throw ChannelError.ioOnClosedChannel }
                            let connection = FrontConnection(transport: transport, admission: admission, servesPlaintext: servesPlaintext)
                            return (child, try child.setup(channel: channel, connection: connection), connection)
                        })
                    } catch {
                        promise.fail(error)
                        channel.close(promise: nil)
                    }
                    return PendingConnection(eventLoop: channel.eventLoop, ready: promise.futureResult)
                }
            }
    }
}
