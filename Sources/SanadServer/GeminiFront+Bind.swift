import Gemini
import NIOCore
import NIOPosix
import NIOSSL

/// An accepted Gemini connection as the accept loop hands it to its child task.
enum GeminiFrontConnection: AcceptedConnection {
    /// A connection to answer, and what the connection limiter decided for it.
    case serve(NIOAsyncChannel<Result<GeminiRequest, GeminiRequestError>, ByteBuffer>, ConnectionLimiter.Admission)
    /// Already closed at accept (over the total limit, or the pipeline could not be set up).
    case closed

    var eventLoop: (any EventLoop)? {
        guard case .serve(let channel, _) = self else { return nil }
        return channel.channel.eventLoop
    }
}

extension GeminiFront {
    /// The most pending connections the kernel queues before accept.
    static let listenBacklog: Int32 = 1024

    /// The most bytes buffered before the request line is complete: the URL, CR LF, and one
    /// read's worth of slack. The decoder refuses a longer line long before this.
    static let maximumBufferBytes = 2 * (GeminiRequest.maximumURLBytes + 2)

    /// Binds one listening socket whose children run the Gemini pipeline:
    /// TLS → bounded request decoder → deadlines → async channel.
    static func bindOne(
        host: String, port: Int, contexts: TLSContextProvider, limits: ServerLimits, limiter: ConnectionLimiter,
        group: any EventLoopGroup, ipv6Only: Bool = false
    ) async throws -> NIOAsyncChannel<GeminiFrontConnection, Never> {
        try await ServerBootstrap.bindFront(
            group: group, host: host, port: port, backlog: listenBacklog, ipv6Only: ipv6Only, limiter: limiter, closed: .closed
        ) { channel, admission in
            let pipeline = channel.pipeline.syncOperations
            // Gemini is TLS only: no first-byte detection, a plaintext client just fails the handshake.
            try pipeline.addHandler(NIOSSLServerHandler(context: contexts.context))
            try pipeline.addHandler(ByteToMessageHandler(GeminiRequestDecoder(), maximumBufferSize: maximumBufferBytes))
            try pipeline.addHandler(GeminiFrontSessionHandler(limits: limits))
            let async = try NIOAsyncChannel<Result<GeminiRequest, GeminiRequestError>, ByteBuffer>(wrappingChannelSynchronously: channel)
            return GeminiFrontConnection.serve(async, admission)
        }
    }
}
