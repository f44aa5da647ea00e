import NIOCore
import NIOPosix
import NIOSSL

/// A minimal Gemini client: TLS with SNI (no certificate verification: the certificate is made
/// for the test), one request, read until the server closes.
public enum GeminiTestClient {
    public static let context: NIOSSLContext = {
        var tls = TLSConfiguration.makeClientConfiguration()
        tls.certificateVerification = .none
        tls.minimumTLSVersion = .tlsv12
        return try! NIOSSLContext(configuration: tls)
    }()

    /// The header line (without CR LF) and the body of the answer to `url`.
    public static func fetch(_ url: String, port: Int) async throws -> (header: String, body: String) {
        let text = try await exchange(Array((url + "\r\n").utf8), port: port)
        guard let end = text.range(of: "\r\n") else { return (text, "") }
        return (String(text[..<end.lowerBound]), String(text[end.upperBound...]))
    }

    /// Sends `bytes` and returns everything received until the server closes (5 s at most).
    public static func exchange(_ bytes: [UInt8], port: Int, tls: Bool = true) async throws -> String {
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connect(host: "127.0.0.1", port: port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    if tls {
                        try channel.pipeline.syncOperations.addHandler(NIOSSLClientHandler(context: context, serverHostname: "localhost"))
                    }
                    return try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
        let timeout = channel.channel.eventLoop.scheduleTask(in: .seconds(30)) { channel.channel.close(promise: nil) }
        defer { timeout.cancel() }
        var received: [UInt8] = []
        do {
            try await channel.executeThenClose { inbound, outbound in
                try await outbound.write(ByteBuffer(bytes: bytes))
                for try await chunk in inbound { received += Array(buffer: chunk) }
            }
        } catch {
            // An unclean TLS shutdown or a reset still ends the exchange.
        }
        return String(decoding: received, as: UTF8.self)
    }
}
