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

    /// Binds one listening socket. Each accepted connection is admitted by the limiter (over
    /// the total, closed at once), gets the TLS wrapper and the setup handler, which runs the
    /// handshake deadline and, once the transport is up, the front's setup.
    static func bindOne(
        _ endpoint: FrontEndpoint, ipv6Only: Bool, transport: TLSTransport, limiter: ConnectionLimiter,
        handshakeTimeout: TimeAmount, group: any EventLoopGroup, slot: NIOLockedValueBox<Child?>
    ) async throws -> NIOAsyncChannel<PendingConnection<Child>, Never> {
        try await ServerBootstrap(group: group)
            .serverChannelOption(.backlog, value: listenBacklog)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .ipv6Only(ipv6Only)
            .childChannelOption(.tcpOption(.tcp_nodelay), value: 1)
            .bind(host: endpoint.host, port: endpoint.port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    let admission = limiter.admit(channel: channel)
                    guard admission != .overTotalLimit else {
                        channel.close(promise: nil)
                        return .closed
                    }
                    let promise = channel.eventLoop.makePromise(of: PendingConnection<Child>.Ready.self)
                    let servesPlaintext = endpoint.servesPlaintext
                    do {
                        try transport.install(on: channel)
                        try channel.pipeline.syncOperations.addHandler(ConnectionSetupHandler(
                            handshakeTimeout: handshakeTimeout, promise: promise
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
