import Foundation
import LineInterface
import Logging
import NIOCore
import Testing
@testable import SanadServer
import SanadTestSupport
import SanadTLS

/// The rules the generic server applies the same way to every front.
@Suite struct FrontServerTests {
    @Test("allow_plaintext covers the line interface too: a plaintext terminal gets the banner")
    func plaintextLineSessionWhereAllowed() async throws {
        let server = try await LineTestServer.start(allowPlaintext: true)
        let first = try await LineTestClient.converse(port: server.port, tls: false) { c in
            try await c.outbound.write(ByteBuffer(string: "\r\n"))
            return try await c.read()
        }
        #expect(first.contains("+1 202 555 0100"))
        #expect(!first.contains(LineSession.plaintextMessage))
        #expect(server.server.startupLines(fingerprint: "AB") == ["line: listening on 127.0.0.1:\(server.port) (TLS and plaintext, SHA-256 AB)"])
        // TLS still works on the same port.
        let secure = try await LineTestClient.converse(port: server.port) { try await $0.read() }
        #expect(secure.contains("+1 202 555 0100"))
        await server.stop()
    }

    @Test("A nil port disables any front, Gopher included")
    func nilPortsBindNothing() async throws {
        let (stateDirectory, credentials) = try TestServer.makeCredentials()
        defer { try? FileManager.default.removeItem(atPath: stateDirectory) }
        let configuration = ServerConfiguration(
            hosts: ["127.0.0.1"], gopherPort: nil, linePort: nil, geminiPort: 0, stateDirectory: stateDirectory, limits: TestServer.limits
        )
        let fronts = try await Fronts.bind(
            configuration: configuration, store: CatalogueStore(TestDirectory.catalogue()), transport: try .testing(credentials),
            limiter: ConnectionLimiter(limits: TestServer.limits), statistics: ServerStatistics(), logger: Logger(label: "test")
        )
        defer { fronts.close() }
        #expect(fronts.gopher == nil)
        #expect(fronts.line == nil)
        let gemini = try #require(fronts.gemini)
        #expect(fronts.services.count == 1)
        #expect(fronts.startupLines(fingerprint: "AB") == ["gemini: listening on 127.0.0.1:\(gemini.port) (TLS, SHA-256 AB)"])
    }

    @Test("A silent client is closed at the server's handshake deadline, on any front")
    func handshakeDeadlineIsTheServers() async throws {
        var limits = TestServer.shortLimits
        limits.requestTimeout = .seconds(30)
        let server = try await LineTestServer.start(serverLimits: limits)
        let answer = try await TestClient.exchange(port: server.port, send: [], tls: false, timeout: .seconds(20))
        #expect(answer.bytes.isEmpty)
        #expect(answer.elapsed < .seconds(10), "closed at the 1 s handshake deadline, not left hanging")
        await server.stop()
    }
}
