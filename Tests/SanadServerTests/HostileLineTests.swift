import Catalogue
import Foundation
import LineInterface
import NIOCore
import NIOPosix
import NIOSSL
import Testing
@testable import SanadServer
import SanadTestSupport

/// Hostile clients against the line interface and the Gemini front over real TLS on free
/// loopback ports: a junk flood without a line ending, and plaintext on TLS-only ports.
@Suite struct HostileLineTests {
    @Test("100 MB of junk without a line ending closes that one connection; the server still serves")
    func junkStreamClosesOnlyThatConnection() async throws {
        let server = try await LineTestServer.start()
        let bystander = try await LineTestClient.converse(port: server.port) { c in
            let first = try await c.read()

            let floodBytes = 100 * 1_024 * 1_024
            let flooded = try await LineTestClient.converse(port: server.port) { flood in
                _ = try await flood.read()
                let chunk = ByteBuffer(bytes: (0..<65_536).map { UInt8(0x20 + $0 % 90) })
                var sent = 0
                // The server closes after a few KiB; writes then fail, which ends the loop.
                do {
                    while sent < floodBytes {
                        try await flood.outbound.write(chunk)
                        sent += chunk.readableBytes
                    }
                } catch {}
                return try await flood.readToEnd()
            }
            #expect(flooded.contains("Line too long or unreadable: closing."))
            // `readToEnd` returned, so the server closed the connection. (How much the client
            // got to queue says nothing: its async writer buffers, up to the whole flood on a
            // loaded machine, before a failed write shows.)

            // A session that was open the whole time carries on.
            let results = try await c.type("search helpline")
            return (first, results)
        }
        #expect(bystander.0.contains("+1 202 555 0100"))
        #expect(bystander.1.contains("1. Test Helpline"))
        // And a new session starts.
        let again = try await LineTestClient.converse(port: server.port) { try await $0.read() }
        #expect(again.contains("+1 202 555 0100"))
        await server.stop()
    }

    @Test("200 commands in one write, never read, close the session with a reason; others are served")
    func manyCommandsAtOnceClose() async throws {
        let server = try await LineTestServer.start()
        let flooded = try await LineTestClient.converse(port: server.port) { flood in
            _ = try await flood.read()
            try await flood.outbound.write(ByteBuffer(string: String(repeating: "help\r\n", count: 200)))
            return try await flood.readToEnd()
        }
        #expect(flooded.contains("Too many commands at once: closing."))
        // At most the limit's worth of them was answered before the session closed.
        let answered = flooded.components(separatedBy: "Too many commands").first ?? ""
        #expect(answered.components(separatedBy: LineSession.prompt).count <= TelnetInputDecoder.Limits.defaultMaximumLinesAtOnce + 2)
        // Three commands in one write are a paste, not a flood.
        let pasted = try await LineTestClient.converse(port: server.port) { client in
            _ = try await client.read()
            try await client.outbound.write(ByteBuffer(string: "help\r\nhelp\r\nquit\r\n"))
            return try await client.readToEnd()
        }
        #expect(!pasted.contains("Too many commands"))
        #expect(pasted.contains(UIText.lineGoodbye(.en)))
        await server.stop()
    }

    @Test("Plaintext on the line port gets the how-to-connect hint, never content")
    func plaintextOnTheLinePort() async throws {
        let server = try await LineTestServer.start()
        for request in ["help\r\n", "\u{FF}\u{FD}\u{18}search x\r\n", "GET / HTTP/1.0\r\n\r\n"] {
            let answer = try await TestClient.exchange(port: server.port, send: Array(request.utf8), tls: false, timeout: .seconds(20))
            #expect(answer.text == LineSession.plaintextMessage)
        }
        await server.stop()
    }

    @Test("Plaintext on the Gemini port gets no content")
    func plaintextOnTheGeminiPort() async throws {
        var limits = TestServer.limits
        limits.handshakeTimeout = .seconds(2)
        let server = try await GeminiTestServer.start(limits: limits)
        defer { server.stopSoon() }
        for request in ["gemini://localhost/\r\n", "GET / HTTP/1.1\r\n\r\n", "\u{16}\u{03}\u{01}\u{00}\u{02}xx"] {
            let answer = try await TestClient.exchange(port: server.port, send: Array(request.utf8), tls: false, timeout: .seconds(30))
            #expect(!answer.text.contains("+1 202 555 0100"))
            #expect(!answer.text.hasPrefix("20 "))
            // Closed at once, or at the handshake deadline for a ClientHello that never ends.
            #expect(answer.elapsed < .seconds(15), "closed, not left hanging")
        }
        // Over TLS it serves.
        let root = try await GeminiTestClient.fetch("gemini://localhost:\(server.port)/", port: server.port)
        #expect(root.body.contains("+1 202 555 0100"))
    }
}
