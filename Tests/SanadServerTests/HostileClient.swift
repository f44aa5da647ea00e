import NIOCore
import NIOPosix
import NIOSSL
import SanadTestSupport
import NIOTLS

/// Connections that hold a slot on the server: plain TCP, or TLS with the handshake done, from
/// any loopback source address. Each is a bare NIO channel with one small handler that keeps
/// what arrives, so hundreds cost the client side little (no task per connection).
enum HostileClient {
    /// One connection and what the server will have sent once it closes.
    struct Connection {
        let channel: any Channel
        /// Everything received, complete when the connection closes (by either side).
        let answer: EventLoopFuture<[UInt8]>

        /// Sends bytes without waiting for them to leave.
        func send(_ text: String) {
            channel.writeAndFlush(ByteBuffer(string: text), promise: nil)
        }
    }

    /// Connects from `source` (any 127.0.0.x: Linux routes all of 127/8 to loopback; nil lets
    /// the kernel pick, 127.0.0.1); over TLS, returns once the handshake has completed.
    static func connect(port: Int, tls: Bool, from source: String? = nil) async throws -> Connection {
        // Made here, not looked up in the pipeline afterwards: the server may already have
        // closed the connection (a deadline on a loaded machine), and its handlers with it.
        let waiter = HandshakeWaiter()
        let collector = AnswerCollector()
        var bootstrap = ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            // Generous: on a loaded machine hundreds of connections queue for the accept loop.
            .connectTimeout(.seconds(30))
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    let pipeline = channel.pipeline.syncOperations
                    if tls {
                        try pipeline.addHandler(NIOSSLClientHandler(context: TestClient.clientContext, serverHostname: nil))
                        try pipeline.addHandler(waiter)
                    }
                    try pipeline.addHandler(collector)
                }
            }
        if let source {
            bootstrap = bootstrap.bind(to: try SocketAddress(ipAddress: source, port: 0))
        }
        let channel = try await bootstrap.connect(host: "127.0.0.1", port: port).get()
        // Both promises exist now: handlerAdded ran in the initializer, before connect completed.
        if tls { try await waiter.completed.futureResult.get() }
        return Connection(channel: channel, answer: collector.answer.futureResult)
    }

    /// Opens `count` connections, `batch` at a time (a burst of SYNs, but a bounded one);
    /// `make` opens the one with the given index. The result is in index order.
    static func connectMany(
        _ count: Int, batch: Int = 100, _ make: @escaping @Sendable (Int) async throws -> Connection
    ) async throws -> [Connection] {
        var connections: [Connection] = []
        connections.reserveCapacity(count)
        for start in stride(from: 0, to: count, by: batch) {
            let opened = try await withThrowingTaskGroup(of: (Int, Connection).self) { group in
                for index in start..<min(start + batch, count) {
                    group.addTask { (index, try await make(index)) }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            connections += opened.sorted { $0.0 < $1.0 }.map(\.1)
        }
        return connections
    }

    /// What each connection received, in order, waiting at most `timeout` in all: connections
    /// still open then are closed, so their answers are whatever had arrived (and the caller's
    /// byte-exact check fails on them rather than the test hanging).
    static func answers(of connections: [Connection], within timeout: Duration) async throws -> [[UInt8]] {
        let deadline = Task {
            try await Task.sleep(for: timeout)
            for connection in connections { connection.channel.close(promise: nil) }
        }
        defer { deadline.cancel() }
        var answers: [[UInt8]] = []
        answers.reserveCapacity(connections.count)
        for connection in connections { answers.append(try await connection.answer.get()) }
        return answers
    }
}

/// Keeps every byte a connection receives and completes its promise with them when the
/// connection closes. Errors (a reset, an unclean TLS shutdown) only end the answer early.
final class AnswerCollector: ChannelInboundHandler, @unchecked Sendable {
    // @unchecked: `received` is only touched on the channel's event loop (handler callbacks);
    // `answer` is created once in handlerAdded, before any other callback, and
    // EventLoopPromise is itself thread-safe.
    typealias InboundIn = ByteBuffer
    private var received: [UInt8] = []
    private var promise: EventLoopPromise<[UInt8]>?

    var answer: EventLoopPromise<[UInt8]> { promise! }

    func handlerAdded(context: ChannelHandlerContext) {
        promise = context.eventLoop.makePromise()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        received += Array(buffer: unwrapInboundIn(data))
    }

    func channelInactive(context: ChannelHandlerContext) {
        promise?.succeed(received)
        context.fireChannelInactive()
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        // A channel that never became active still completes its answer.
        promise?.succeed(received)
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        // The close that follows completes the answer.
        context.close(promise: nil)
    }
}

/// Completes its promise when the TLS handshake completes (or fails when the channel closes).
final class HandshakeWaiter: ChannelInboundHandler, @unchecked Sendable {
    // @unchecked: `promise` is set once in handlerAdded and then only read; EventLoopPromise is
    // itself thread-safe.
    typealias InboundIn = ByteBuffer
    private var promise: EventLoopPromise<Void>?

    var completed: EventLoopPromise<Void> { promise! }

    func handlerAdded(context: ChannelHandlerContext) {
        promise = context.eventLoop.makePromise()
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if case TLSUserEvent.handshakeCompleted = event { promise?.succeed(()) }
        context.fireUserInboundEventTriggered(event)
    }

    func channelInactive(context: ChannelHandlerContext) {
        promise?.fail(ChannelError.ioOnClosedChannel)
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        promise?.fail(error)
        context.fireErrorCaught(error)
    }
}
