import Catalogue
import Foundation
import NIOCore
import NIOPosix
import NIOSSL
@testable import SanadServer
import SanadTestSupport

/// A real Gopher server on a free loopback port, with a certificate generated for the test and
/// short limits so negative cases run in a fraction of a second.
struct TestServer {
    let server: GopherServer
    let task: Task<Void, any Error>
    let limiter: ConnectionLimiter
    let store: CatalogueStore
    let stateDirectory: String

    var port: Int { server.listeners[0].port }

    /// Limits for tests that do not test a deadline: generous, so a loaded machine (the whole
    /// suite runs in parallel on two cores) never turns a slow handshake into a failure.
    static let limits = ServerLimits(
        maximumRequestBytes: 1024, requestTimeout: .seconds(20), handshakeTimeout: .seconds(20),
        maximumConnections: 64, maximumConnectionsPerAddress: 16
    )

    /// Limits for tests of the deadlines themselves.
    static let shortLimits = ServerLimits(
        maximumRequestBytes: 1024, requestTimeout: .seconds(1), handshakeTimeout: .seconds(1),
        maximumConnections: 64, maximumConnectionsPerAddress: 16
    )

    static func start(
        limits: ServerLimits = limits, allowPlaintext: Bool = false, hosts: [String] = ["127.0.0.1"],
        catalogue: Catalogue = TestDirectory.catalogue()
    ) async throws -> TestServer {
        let stateDirectory = NSTemporaryDirectory() + "sanad-test-" + UUID().uuidString
        let credentials = try SelfSignedCertificate.loadOrGenerate(stateDirectory: stateDirectory).credentials
        let configuration = ServerConfiguration(
            hosts: hosts, gopherPort: 0, publicHost: "localhost", stateDirectory: stateDirectory,
            allowPlaintext: allowPlaintext, limits: limits
        )
        let limiter = ConnectionLimiter(limits: limits)
        let store = CatalogueStore(catalogue)
        let server = try await GopherServer.bind(
            configuration: configuration, store: store, credentials: credentials, limiter: limiter
        )
        let task = Task { try await server.run() }
        return TestServer(server: server, task: task, limiter: limiter, store: store, stateDirectory: stateDirectory)
    }

    func stop() async {
        server.close()
        _ = await task.result
        try? FileManager.default.removeItem(atPath: stateDirectory)
    }
}

/// What a client saw: the bytes, and how long until the server closed.
struct Exchange {
    var bytes: [UInt8]
    var elapsed: Duration
    var text: String { String(decoding: bytes, as: UTF8.self) }
}

/// A minimal Gopher client: connect, optionally over TLS (no certificate verification: the
/// certificate is generated for the test), send bytes, read until the server closes.
enum TestClient {
    static let clientContext: NIOSSLContext = {
        var tls = TLSConfiguration.makeClientConfiguration()
        tls.certificateVerification = .none
        return try! NIOSSLContext(configuration: tls)
    }()

    static func exchange(
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
    static func request(_ line: String, port: Int, tls: Bool = true) async throws -> Exchange {
        try await exchange(port: port, send: Array((line + "\r\n").utf8), tls: tls)
    }

    /// A plain TCP connection that sends `bytes` and then just stays open (to hold a slot).
    static func hold(port: Int, sending bytes: [UInt8] = []) async throws -> any Channel {
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton).connect(host: "127.0.0.1", port: port).get()
        if !bytes.isEmpty { try await channel.writeAndFlush(ByteBuffer(bytes: bytes)) }
        return channel
    }
}

enum TestClientError: Error {
    case timedOut
}
