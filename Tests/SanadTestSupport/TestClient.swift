import NIOCore
import NIOPosix
import NIOSSL

/// What a client saw: the bytes, and how long until the server closed.
public struct Exchange {
    public var bytes: [UInt8]
    public var elapsed: Duration
    public var text: String { String(decoding: bytes, as: UTF8.self) }
}

/// The Gopher (and raw bytes) test client: connect, optionally over TLS (no certificate verification: the
/// certificate is generated for the test), send bytes, read until the server closes.
public enum TestClient {
    public static let clientContext: NIOSSLContext = {
        var tls = TLSConfiguration.makeClientConfiguration()
        tls.certificateVerification = .none
        return try! NIOSSLContext(configuration: tls)
    }()

    public static func exchange(
        port: Int, host: String = "127.0.0.1", send: [UInt8], tls: Bool = true, timeout: Duration = .seconds(30)
    ) async throws -> Exchange {
        let clock = ContinuousClock()
        let start = clock.now
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connect(host: host, port: port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    if tls {
                        try channel.pipeline.syncOperations.addHandler(NIOSSLClientHandler(context: clientContext, serverHostname: nil))
                    }
                    return try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
        let bytes = try await withThrowingTaskGroup(of: [UInt8].self) { group in
            group.addTask {
                var received: [UInt8] = []
                do {
                    try await channel.executeThenClose { inbound, outbound in
                        if !send.isEmpty { try await outbound.write(ByteBuffer(bytes: send)) }
                        for try await chunk in inbound { received += Array(buffer: chunk) }
                    }
                } catch {
                    // An unclean TLS shutdown or a reset still ends the exchange.
                }
                return received
            }
            group.addTask {
                try await Task.sleep(for: timeout)
                channel.channel.close(promise: nil)
                throw TestClientError.timedOut
            }
            let first = try await group.next()!
            group.cancelAll()
            return first
        }
        return Exchange(bytes: bytes, elapsed: clock.now - start)
    }

    /// Sends a request line (CR LF added) and returns the answer.
    public static func request(_ line: String, port: Int, tls: Bool = true) async throws -> Exchange {
        try await exchange(port: port, send: Array((line + "\r\n").utf8), tls: tls)
    }

    /// A plain TCP connection that sends `bytes` and then just stays open (to hold a slot).
    public static func hold(port: Int, sending bytes: [UInt8] = []) async throws -> any Channel {
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton).connect(host: "127.0.0.1", port: port).get()
        if !bytes.isEmpty { try await channel.writeAndFlush(ByteBuffer(bytes: bytes)) }
        return channel
    }
}

public enum TestClientError: Error {
    case timedOut
}
