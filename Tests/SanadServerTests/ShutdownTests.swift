import Foundation
import LineInterface
import Logging
import NIOCore
import NIOPosix
import NIOSSL
import ServiceLifecycle
import Testing
@testable import SanadServer
import SanadTLS
import SanadTestSupport

/// Graceful shutdown of the whole service group `sanad serve` runs (the SIGTERM path), with
/// connections open on both fronts.
@Suite struct ShutdownTests {
    @Test func gracefulShutdownFinishesInFlightRequestsAndSaysGoodbye() async throws {
        let stateDirectory = NSTemporaryDirectory() + "sanad-shutdown-test-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: stateDirectory) }
        let credentials = try SelfSignedCertificate.loadOrGenerate(stateDirectory: stateDirectory).credentials
        let configuration = ServerConfiguration(
            hosts: ["127.0.0.1"], gopherPort: 0, linePort: 0, publicHost: "localhost", stateDirectory: stateDirectory,
            limits: TestServer.limits
        )
        let store = CatalogueStore(TestDirectory.catalogue())
        let limiter = ConnectionLimiter(limits: TestServer.limits)
        let gopher = try await FrontServer<GopherFront>.bind(configuration: configuration, store: store, transport: try .testing(credentials), limiter: limiter)
        let line = try await FrontServer<LineFront>.bind(configuration: configuration, store: store, transport: try .testing(credentials), limiter: limiter)
        let reloader = DirectoryReloader(directory: stateDirectory, store: store, watch: true, pollInterval: .milliseconds(50), trapSignal: false)
        let group = ShutdownPolicy.serviceGroup(
            [reloader, gopher, line], trapSignals: false, gracePeriod: .seconds(10), logger: Logger(label: "test")
        )
        let running = Task { try await group.run() }
        let gopherPort = gopher.listeners[0].port
        let linePort = try #require(line.listeners.first?.port)

        // A Gopher client that has connected and finished its handshake but not yet sent its
        // request: in flight when the shutdown starts.
        let pending = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connect(host: "127.0.0.1", port: gopherPort) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(NIOSSLClientHandler(context: TestClient.clientContext, serverHostname: nil))
                    return try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
        let clock = ContinuousClock()
        let (goodbye, menu, shutdownStarted) = try await LineTestClient.converse(port: linePort) { session in
            _ = try await session.read()
            // Both connections admitted (the Gopher one may still be in the accept queue on a
            // loaded machine): poll for up to twenty seconds.
            for _ in 0..<2000 where limiter.openConnections != 2 { try await Task.sleep(for: .milliseconds(10)) }
            #expect(limiter.openConnections == 2)

            await group.triggerGracefulShutdown()
            let start = clock.now
            // The line session is told why and closed.
            let goodbye = try await session.readToEnd()

            // The in-flight Gopher request still gets its whole answer.
            let menu = try await pending.executeThenClose { inbound, outbound in
                try await outbound.write(ByteBuffer(string: "/\r\n"))
                var received: [UInt8] = []
                do {
                    for try await chunk in inbound { received += Array(buffer: chunk) }
                } catch {
                    // An unclean TLS close still ends the answer.
                }
                return String(decoding: received, as: UTF8.self)
            }
            return (goodbye, menu, start)
        }
        #expect(goodbye == LineSession.shutdownMessage(.en))
        #expect(menu.hasPrefix("i"))
        #expect(menu.hasSuffix("\r\n.\r\n"))
        if case .failure(let error) = MenuSyntax.parseMenu(menu) { Issue.record("\(error)") }

        // The group ends by itself (exit 0 in `sanad serve`), well within the grace period.
        try await running.value
        #expect(clock.now - shutdownStarted < .seconds(10))
        #expect(limiter.openConnections == 0)

        // Nothing listens any more.
        await #expect(throws: (any Error).self) { _ = try await TestClient.request("/", port: gopherPort) }
    }
}
