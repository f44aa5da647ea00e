import Catalogue
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

@Suite struct LineFrontTests {
    @Test("Over real TLS: banner, an organisation's contacts, a search, quit")
    func visit() async throws {
        let server = try await LineTestServer.start()
        try await LineTestClient.converse(port: server.port) { c in
            let first = try await c.read()
            let lines = first.split(separator: "\r\n", omittingEmptySubsequences: false)
            // The first screen: the emergency number alone on its line, once (issue 21).
            #expect(lines.filter { $0.split(separator: " ").joined(separator: " ") == "+1 202 555 0100" }.count == 1)
            let az = try #require(LineTestConversation.number(of: UIText.browseAZ(.en), in: first))
            let letters = try await c.type("\(az)")
            let t = try #require(LineTestConversation.number(of: "T (", in: letters))
            let organisations = try await c.type("\(t)")
            let helpline = try #require(LineTestConversation.number(of: "Test Helpline", in: organisations))
            var page = try await c.type("\(helpline)")
            #expect(page.hasPrefix("Test Helpline\r\n"))
            var pages = 1
            while !page.contains("help@helpline.example"), page.contains("-- Enter: more --"), pages < 10 {
                page = try await c.type("")
                pages += 1
            }
            #expect(page.contains("\r\n  help@helpline.example\r\n"), "the address stands alone on its line")
            let results = try await c.type("search helpline")
            #expect(results.contains("1. Test Helpline"))
            try await c.outbound.write(ByteBuffer(string: "quit\r\n"))
            let goodbye = try await c.readToEnd()
            #expect(goodbye == "Goodbye. Stay safe.\r\n")
        }
        await server.stop()
    }

    @Test("Telnet negotiation is answered with refusals and never shows as text")
    func telnetNegotiation() async throws {
        let server = try await LineTestServer.start()
        try await LineTestClient.converse(port: server.port) { c in
            _ = try await c.read()
            // IAC DO ECHO, IAC WILL NAWS, IAC SB NAWS 0 80 0 24 IAC SE, then "help".
            let start = c.received.count
            try await c.outbound.write(ByteBuffer(bytes: [255, 253, 1, 255, 251, 31, 255, 250, 31, 0, 80, 0, 24, 255, 240] + Array("help\r\n".utf8)))
            _ = try await c.read()
            let answer = Array(c.received[start...])
            // WONT ECHO, DONT NAWS, then the help text as valid UTF-8, then the prompt.
            #expect(Array(answer.prefix(6)) == [255, 252, 1, 255, 254, 31])
            let text = try #require(String(validating: answer.dropFirst(6), as: UTF8.self))
            #expect(text.hasPrefix("A number opens that item."))
            #expect(text.hasSuffix("\r\n> "))
        }
        await server.stop()
    }

    @Test("A line past the limit closes that connection only, with one line")
    func flood() async throws {
        let server = try await LineTestServer.start()
        let flooded = try await LineTestClient.converse(port: server.port) { c in
            _ = try await c.read()
            try await c.outbound.write(ByteBuffer(bytes: [UInt8](repeating: 0x61, count: 600)))
            return try await c.readToEnd()
        }
        #expect(flooded == "\r\nLine too long or unreadable: closing.\r\n")
        // The listener still serves others.
        let next = try await LineTestClient.converse(port: server.port) { c in try await c.read() }
        #expect(next.contains("+1 202 555 0100"))
        await server.stop()
    }

    @Test("Idle: a warning, then a closing line")
    func idle() async throws {
        // Seconds, not milliseconds: the clocks run on the event loop while the session's task
        // waits for a cooperative thread, and the whole suite's synchronous tests hold both of
        // them on a two-core machine for seconds at a time.
        let limits = LineFrontLimits(idleTimeout: .seconds(15), idleWarningBefore: .seconds(5), sessionLength: .seconds(60), closeGrace: .seconds(5))
        let server = try await LineTestServer.start(lineLimits: limits)
        // Everything received, not what follows the first prompt: on a loaded machine the first
        // screen, the warning and the closing line can arrive in one read.
        let rest = try await LineTestClient.converse(port: server.port) { c in
            let first = try await c.read()
            return first + (try await c.readToEnd())
        }
        #expect(rest.contains("No input for a while: this connection closes in one minute."))
        #expect(rest.hasSuffix("\r\nClosed after a long time without input.\r\n"))
        await server.stop()
    }

    @Test("The session length ends even a busy session")
    func sessionLength() async throws {
        // Long enough that the typing happens inside the session even on a loaded machine.
        let limits = LineFrontLimits(idleTimeout: .seconds(60), idleWarningBefore: .seconds(1), sessionLength: .seconds(15), closeGrace: .seconds(5))
        let server = try await LineTestServer.start(lineLimits: limits)
        let rest = try await LineTestClient.converse(port: server.port) { c in
            let first = try await c.read()
            let help = (try? await c.type("help")) ?? ""
            return first + help + (try await c.readToEnd())
        }
        #expect(rest.hasSuffix("session reached its time limit. You can connect again.\r\n"))
        await server.stop()
    }

    @Test("Plaintext on the TLS port gets one readable line saying how to connect")
    func plaintext() async throws {
        let server = try await LineTestServer.start()
        let answer = try await LineTestClient.converse(port: server.port, tls: false) { c in
            try await c.outbound.write(ByteBuffer(string: "hello\r\n"))
            return try await c.readToEnd()
        }
        #expect(answer == LineSession.plaintextMessage)
        await server.stop()
    }

    @Test("Over the per-address limit: one line, then close")
    func perAddressLimit() async throws {
        let limits = ServerLimits(handshakeTimeout: .seconds(60), maximumConnections: 8, maximumConnectionsPerAddress: 1)
        let server = try await LineTestServer.start(serverLimits: limits)
        try await LineTestClient.converse(port: server.port) { first in
            _ = try await first.read()
            let refused = try await LineTestClient.converse(port: server.port) { second in try await second.readToEnd() }
            #expect(refused == LineSession.busyMessage)
        }
        await server.stop()
    }

    /// The line front alone in a service group, as `sanad serve` runs it, so a test can
    /// trigger the graceful shutdown.
    static func lineFrontInServiceGroup() async throws -> (port: Int, group: ServiceGroup, running: Task<Void, any Error>, stateDirectory: String) {
        let stateDirectory = NSTemporaryDirectory() + "sanad-line-test-" + UUID().uuidString
        let credentials = try SelfSignedCertificate.loadOrGenerate(stateDirectory: stateDirectory).credentials
        let configuration = ServerConfiguration(hosts: ["127.0.0.1"], gopherPort: 0, linePort: 0, stateDirectory: stateDirectory, limits: TestServer.limits)
        let front = try await FrontServer<LineFront>.bind(
            configuration: configuration, store: CatalogueStore(TestDirectory.catalogue()), transport: try .testing(credentials),
            limiter: ConnectionLimiter(limits: TestServer.limits)
        )
        let port = try #require(front.listeners.first?.port)
        let group = ServiceGroup(services: [front], gracefulShutdownSignals: [], logger: Logger(label: "test"))
        let running = Task { try await group.run() }
        return (port, group, running, stateDirectory)
    }

    @Test("Graceful shutdown stops accepting and ends open sessions instead of waiting an hour")
    func gracefulShutdown() async throws {
        let (port, group, running, stateDirectory) = try await Self.lineFrontInServiceGroup()
        defer { try? FileManager.default.removeItem(atPath: stateDirectory) }
        let clock = ContinuousClock()
        let rest = try await LineTestClient.converse(port: port) { c in
            _ = try await c.read()
            await group.triggerGracefulShutdown()
            let start = clock.now
            let rest = try await c.readToEnd()
            #expect(clock.now - start < .seconds(25))
            return rest
        }
        #expect(rest == LineSession.shutdownMessage(.en))
        try await running.value
    }

    @Test("On graceful shutdown a session says goodbye in its own language, after its screen, then closes")
    func gracefulShutdownInTheSessionsLanguage() async throws {
        let (port, group, running, stateDirectory) = try await Self.lineFrontInServiceGroup()
        defer { try? FileManager.default.removeItem(atPath: stateDirectory) }
        let rest = try await LineTestClient.converse(port: port) { c in
            _ = try await c.read()
            _ = try await c.type("lang fr")
            await group.triggerGracefulShutdown()
            return try await c.readToEnd()
        }
        #expect(rest == LineSession.shutdownMessage(.fr))
        #expect(rest.contains("Le serveur redémarre"))
        try await running.value
    }

    @Test("Over the total limit a connection is closed at accept")
    func totalLimit() async throws {
        let limits = ServerLimits(handshakeTimeout: .seconds(60), maximumConnections: 1, maximumConnectionsPerAddress: 8)
        let server = try await LineTestServer.start(serverLimits: limits)
        try await LineTestClient.converse(port: server.port) { first in
            _ = try await first.read()
            let second = try await LineTestClient.converse(port: server.port) { second in try await second.readToEnd() }
            #expect(second.isEmpty)
        }
        await server.stop()
    }
}
