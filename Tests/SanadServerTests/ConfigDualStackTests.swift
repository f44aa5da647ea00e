import Foundation
import NIOCore
import NIOPosix
import Testing
@testable import SanadServer
import SanadTLS
import SanadTestSupport

/// `hosts: ["0.0.0.0", "::"]` on one port: the IPv6 socket is made IPv6-only, so both bind.
@Suite struct ConfigDualStackTests {
    @Test func ipv4AndIPv6WildcardsShareAPort() async throws {
        // A port that was free a moment ago.
        let probe = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton).bind(host: "0.0.0.0", port: 0).get()
        let port = try #require(probe.localAddress?.port)
        try await probe.close()
        let stateDirectory = NSTemporaryDirectory() + "sanad-dualstack-test-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: stateDirectory) }
        let credentials = try SelfSignedCertificate.loadOrGenerate(stateDirectory: stateDirectory).credentials
        let configuration = ServerConfiguration(hosts: ["0.0.0.0", "::"], gopherPort: port, publicHost: "localhost", stateDirectory: stateDirectory, limits: TestServer.limits)
        let server = try await FrontServer<GopherFront>.bind(
            configuration: configuration, store: CatalogueStore(TestDirectory.catalogue()), transport: try .testing(credentials),
            limiter: ConnectionLimiter(limits: TestServer.limits)
        )
        let task = Task { try await server.run() }
        #expect(server.listeners.count == 2)
        #expect(try await TestClient.request("/", port: port).text.hasSuffix("\r\n.\r\n"))
        #expect(try await TestClient.exchange(port: port, host: "::1", send: Array("/\r\n".utf8)).text.hasSuffix("\r\n.\r\n"))
        server.close()
        _ = await task.result
    }

    @Test func onlyAnIPv6SocketSharingItsPortWithIPv4IsMadeIPv6Only() {
        #expect(ServerBootstrap.needsIPv6Only(host: "::", port: 70, among: [("0.0.0.0", 70), ("::", 70)]))
        #expect(!ServerBootstrap.needsIPv6Only(host: "::", port: 70, among: [("::", 70)]))
        #expect(!ServerBootstrap.needsIPv6Only(host: "0.0.0.0", port: 70, among: [("0.0.0.0", 70), ("::", 70)]))
        #expect(!ServerBootstrap.needsIPv6Only(host: "::", port: 443, among: [("0.0.0.0", 70), ("::", 443)]))
    }
}
