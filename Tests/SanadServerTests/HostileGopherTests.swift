import Foundation
import NIOCore
import NIOPosix
import NIOSSL
import Testing
@testable import SanadServer
import SanadTLS
import SanadTestSupport

/// Hostile clients against the real Gopher front over TLS on a free loopback port: stalled and
/// malformed TLS, plaintext on a TLS-only listener (the floods of connections are in
/// ``HostileFloodTests``). Each test is bounded (a few connections, a few seconds) and asserts
/// what happens, with generous bounds on time: the suite runs in parallel on two cores.
@Suite struct HostileGopherTests {
    static let emergencyNumber = "+1 202 555 0100"

    @Test("A TLS handshake trickled a byte at a time is cut off at the handshake deadline")
    func stalledHandshakeIsCutOff() async throws {
        var limits = TestServer.limits
        limits.handshakeTimeout = .seconds(1)
        limits.requestTimeout = .seconds(60)
        let server = try await TestServer.start(limits: limits)
        let clock = ContinuousClock()
        let start = clock.now
        let channel = try await HostileClient.connect(port: server.port, tls: false).channel
        // A record header announcing a 512-byte ClientHello, then a byte every 200 ms: each byte
        // is progress, but the deadline is for the whole handshake.
        // On a loaded machine the deadline may pass before the first write: that is a close too.
        try? await channel.writeAndFlush(ByteBuffer(bytes: [0x16, 0x03, 0x01, 0x02, 0x00, 0x01]))
        while channel.isActive, clock.now - start < .seconds(20) {
            channel.writeAndFlush(ByteBuffer(bytes: [0x00]), promise: nil)
            try await Task.sleep(for: .milliseconds(200))
        }
        #expect(!channel.isActive, "the server closed the stalled handshake")
        #expect(clock.now - start < .seconds(15))
        try? await channel.closeFuture.get()
        try await waitUntil { server.limiter.openConnections == 0 }
        await server.stop()
    }

    @Test("Malformed TLS records are closed without an answer, and the server still serves", arguments: [
        // A valid handshake record header with a garbage body.
        [0x16, 0x03, 0x01, 0x00, 0x40] + (0..<64).map { UInt8(truncatingIfNeeded: $0 &* 151 &+ 7) },
        // A header announcing a record far beyond the 16 KiB maximum.
        [0x16, 0x03, 0x03, 0xFF, 0xFF] + [UInt8](repeating: 0x41, count: 512),
        // An unknown protocol version.
        [0x16, 0x7F, 0x7F, 0x00, 0x04, 0x01, 0x00, 0x00, 0x00],
        // A ClientHello header whose inner length runs past the record.
        [0x16, 0x03, 0x01, 0x00, 0x08, 0x01, 0xFF, 0xFF, 0xFF, 0x03, 0x03, 0x00, 0x00],
    ] as [[UInt8]])
    func malformedTLSRecordsAreClosed(record: [UInt8]) async throws {
        var limits = TestServer.limits
        limits.handshakeTimeout = .seconds(30)
        let server = try await TestServer.start(limits: limits)
        // The client waits less than the deadline, and the bound below still tells "closed at once"
        // from "closed at the deadline" on a machine whose two cores run the whole suite at once.
        let answer = try await TestClient.exchange(port: server.port, send: record, tls: false, timeout: .seconds(27))
        // At most a TLS alert: never Gopher content, never the plaintext hint.
        #expect(!answer.text.contains(Self.emergencyNumber))
        #expect(!answer.text.contains("\t"))
        #expect(answer.bytes.count < 64)
        #expect(answer.elapsed < .seconds(25), "closed at once, not at the handshake deadline")
        #expect(try await TestClient.request("/", port: server.port).text.contains(Self.emergencyNumber))
        await server.stop()
    }

    @Test("Plaintext on an extra --listen listener gets the TLS-only hint, never content, even when the main port serves plaintext")
    func plaintextOnATLSOnlyListener() async throws {
        let stateDirectory = NSTemporaryDirectory() + "sanad-hostile-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: stateDirectory) }
        let credentials = try SelfSignedCertificate.loadOrGenerate(stateDirectory: stateDirectory).credentials
        let configuration = ServerConfiguration(
            hosts: ["127.0.0.1"], gopherPort: 0, extraListeners: [ListenAddress(host: "127.0.0.1", port: 0)],
            publicHost: "localhost", stateDirectory: stateDirectory, allowPlaintext: true, limits: TestServer.limits
        )
        let server = try await FrontServer<GopherFront>.bind(
            configuration: configuration, store: CatalogueStore(TestDirectory.catalogue()), transport: try .testing(credentials),
            limiter: ConnectionLimiter(limits: TestServer.limits)
        )
        let task = Task { try await server.run() }
        let main = try #require(server.listeners.first { $0.servesPlaintext })
        let extra = try #require(server.listeners.first { !$0.servesPlaintext })

        let plain = try await TestClient.request("/", port: main.port, tls: false).text
        #expect(plain.contains(Self.emergencyNumber), "the main port was told to serve plaintext")
        for request in ["/\r\n", "/en/search\temergency\r\n", "GET / HTTP/1.1\r\nHost: x\r\n\r\n"] {
            let answer = try await TestClient.exchange(port: extra.port, send: Array(request.utf8), tls: false).text
            #expect(answer.hasPrefix("3This server speaks Gopher over TLS only"))
            #expect(!answer.contains(Self.emergencyNumber))
        }
        #expect(try await TestClient.request("/", port: extra.port).text.contains(Self.emergencyNumber))
        server.close()
        _ = await task.result
    }

    /// Polls `condition` for up to ten seconds.
    func waitUntil(_ condition: () -> Bool) async throws {
        for _ in 0..<1_000 where !condition() {
            try await Task.sleep(for: .milliseconds(10))
        }
        #expect(condition())
    }
}
