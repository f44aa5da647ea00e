import Gopher
import NIOCore
import NIOPosix
import NIOSSL

/// An accepted Gopher connection as the accept loop hands it to its child task.
enum GopherConnection: AcceptedConnection {
    /// A connection to answer: the async channel, what the limiter decided, and whether
    /// plaintext is served on this listener.
    case serve(NIOAsyncChannel<GopherInbound, ByteBuffer>, ConnectionLimiter.Admission, servesPlaintext: Bool)
    /// Already closed at accept (over the total limit, or the pipeline could not be set up).
    case closed

    var eventLoop: (any EventLoop)? {
        guard case .serve(let channel, _, _) = self else { return nil }
        return channel.channel.eventLoop
    }
}

extension GopherServer {
    /// The most pending connections the kernel queues before accept.
    static let listenBacklog: Int32 = 1024

    /// Binds one listening socket whose children run the Gopher pipeline:
    /// detection → (TLS) → bounded request decoder → deadlines → async channel.
    static func bindOne(
        host: String, port: Int, plaintextServed: Bool, contexts: TLSContextProvider, limits: ServerLimits,
        limiter: ConnectionLimiter, group: any EventLoopGroup, ipv6Only: Bool = false
    ) async throws -> NIOAsyncChannel<GopherConnection, Never> {
        try await ServerBootstrap.bindFront(
            group: group, host: host, port: port, backlog: listenBacklog, ipv6Only: ipv6Only, limiter: limiter, closed: .closed
        ) { channel, admission in
            let pipeline = channel.pipeline.syncOperations
            try pipeline.addHandler(TLSDetectionHandler(contexts: contexts))
            try pipeline.addHandler(ByteToMessageHandler(
                GopherRequestDecoder(maximumBytes: limits.maximumRequestBytes),
                maximumBufferSize: 2 * limits.maximumRequestBytes + 2
            ))
            try pipeline.addHandler(GopherSessionHandler(limits: limits))
            let async = try NIOAsyncChannel<GopherInbound, ByteBuffer>(wrappingChannelSynchronously: channel)
            return GopherConnection.serve(async, admission, servesPlaintext: plaintextServed)
        }
    }
}
