import Catalogue
import NIOCore
import NIOPosix
import Testing
@testable import SanadServer
import SanadTestSupport

/// A negative case for every limit, against the real server. Deadline tests use short deadlines
/// (1 s) and check only that the server closes by itself: the client would wait 30 s.
@Suite struct GopherServerLimitTests {
    let errorLine = { (message: String) in "3\(message)\t\terror.host\t1\r\n.\r\n" }
    /// An answer to a client whose language is unknown: one type-3 line per UI language.
    let everyLanguage = { (lines: [String]) in lines.map { "3\($0)\t\terror.host\t1\r\n" }.joined() + ".\r\n" }

    @Test func plaintextOnTheTLSPortGetsOneLinePointingToGophers() async throws {
        let server = try await TestServer.start()
        let answer = try await TestClient.request("/", port: server.port, tls: false).text
        let url = "gophers://localhost:\(server.port)/1/"
        #expect(answer.hasPrefix("3This server speaks Gopher over TLS only: use \(url)\t"))
        #expect(answer == everyLanguage(UIText.gopherPlaintext.everyLanguage(url)))
        await server.stop()
    }

    @Test func overLongSelectorIsRefusedWithoutWaitingForTheEnd() async throws {
        // A selector timeout far longer than the test: an answer can only come from the length
        // limit, never from the clock, so the test holds on a loaded machine too.
        var limits = TestServer.shortLimits
        limits.requestTimeout = .seconds(60)
        let server = try await TestServer.start(limits: limits)
        // No line feed at all: the refusal comes once the limit is passed.
        let answer = try await TestClient.exchange(port: server.port, send: [UInt8](repeating: 0x61, count: 1100))
        #expect(answer.text.hasPrefix("3Request too long.\t"))
        #expect(answer.text == everyLanguage(UIText.requestTooLong.everyLanguage()))
        #expect(answer.elapsed < .seconds(30))
        await server.stop()
    }

    @Test func selectorTimeoutClosesASilentTLSClient() async throws {
        let server = try await TestServer.start(limits: TestServer.shortLimits)
        let answer = try await TestClient.exchange(port: server.port, send: [])
        #expect(answer.bytes.isEmpty)
        #expect(answer.elapsed >= .milliseconds(250))
        await server.stop()
    }

    @Test func slowSelectorWithoutLineEndIsClosed() async throws {
        let server = try await TestServer.start(limits: TestServer.shortLimits)
        let answer = try await TestClient.exchange(port: server.port, send: Array("/en/".utf8))
        #expect(answer.bytes.isEmpty)
                await server.stop()
    }

    @Test(arguments: [
        [UInt8](),
        [0x16, 0x03, 0x01, 0x00, 0xF0, 0x01, 0x00],
    ])
    func handshakeStallIsClosed(prefix: [UInt8]) async throws {
        let server = try await TestServer.start(limits: TestServer.shortLimits)
        let answer = try await TestClient.exchange(port: server.port, send: prefix, tls: false)
        #expect(answer.bytes.isEmpty)
        #expect(answer.elapsed >= .milliseconds(250))
        await server.stop()
    }

    @Test func tlsGarbageIsClosed() async throws {
        let server = try await TestServer.start()
        let junk: [UInt8] = [0x16] + (0..<300).map { UInt8(truncatingIfNeeded: $0 &* 37) }
        let answer = try await TestClient.exchange(port: server.port, send: junk, tls: false)
        #expect(!answer.text.contains("\t"))
                // And the server still serves.
        #expect(try await TestClient.request("/", port: server.port).text.hasSuffix(".\r\n"))
        await server.stop()
    }

    @Test(arguments: [
        ([0xFF, 0xFE, 0xFD, 0x0D, 0x0A], "Request is not valid UTF-8.", UIText.requestInvalidUTF8),
        (Array("/en/\u{0}x\r\n".utf8), "Request contains a control character.", .requestControlCharacter),
        (Array("/en/../../etc/passwd\r\n".utf8), "Selectors are not file paths: '..' is not allowed.", .requestParentDirectory),
    ] as [([UInt8], String, UIText)])
    func unreadableRequestsGetTheirSentenceInEveryLanguage(request: [UInt8], english: String, text: UIText) async throws {
        let server = try await TestServer.start()
        let answer = try await TestClient.exchange(port: server.port, send: request).text
        #expect(answer.hasPrefix("3\(english)\t"))
        #expect(answer == everyLanguage(text.everyLanguage()))
        await server.stop()
    }

    @Test func aMissingPageIsNotFoundInTheSelectorsLanguage() async throws {
        let server = try await TestServer.start()
        #expect(try await TestClient.exchange(port: server.port, send: Array("/en/org/nobody\r\n".utf8)).text == errorLine("Not found."))
        #expect(try await TestClient.exchange(port: server.port, send: Array("/fr/org/nobody\r\n".utf8)).text == errorLine("Introuvable."))
        await server.stop()
    }

    @Test func perAddressLimitAnswersClearly() async throws {
        var limits = TestServer.shortLimits
        limits.maximumConnectionsPerAddress = 2
        limits.handshakeTimeout = .seconds(60)
        // The held connections stay silent; the refused one has time for its handshake.
        limits.firstByteTimeout = .seconds(60)
        limits.refusalTimeout = .seconds(20)
        let server = try await TestServer.start(limits: limits)
        let held = [try await TestClient.hold(port: server.port), try await TestClient.hold(port: server.port)]
        try await waitUntil { server.limiter.openConnections == 2 }
        let refused = try await TestClient.request("/", port: server.port).text
        #expect(refused.hasPrefix("3Too many connections from your address; please close one and try again.\t"))
        #expect(refused == everyLanguage(UIText.lineBusy.everyLanguage()))
        for channel in held { try await channel.close() }
        try await waitUntil { server.limiter.openConnections == 0 }
        #expect(try await TestClient.request("/", port: server.port).text.contains("+1 202 555 0100"))
        await server.stop()
    }

    @Test func totalLimitClosesAtAccept() async throws {
        var limits = TestServer.shortLimits
        limits.maximumConnections = 2
        limits.handshakeTimeout = .seconds(60)
        // The held connections stay silent; the refused one has time for its handshake.
        limits.firstByteTimeout = .seconds(60)
        limits.refusalTimeout = .seconds(20)
        let server = try await TestServer.start(limits: limits)
        let held = [try await TestClient.hold(port: server.port), try await TestClient.hold(port: server.port)]
        try await waitUntil { server.limiter.openConnections == 2 }
        let refused = try await TestClient.request("/", port: server.port)
        #expect(refused.bytes.isEmpty)
        for channel in held { try await channel.close() }
        try await waitUntil { server.limiter.openConnections == 0 }
        #expect(try await TestClient.request("/", port: server.port).text.hasSuffix(".\r\n"))
        await server.stop()
    }

    /// Polls `condition` for up to twenty seconds (the suite runs in parallel on two cores).
    func waitUntil(_ condition: () -> Bool) async throws {
        for _ in 0..<2000 where !condition() {
            try await Task.sleep(for: .milliseconds(10))
        }
        #expect(condition())
    }
}

@Suite struct GopherServerFramingTests {
    /// A request that arrives one byte per segment (plaintext allowed, so each byte is its own
    /// read) is framed whole, within the request deadline.
    @Test func requestArrivingByteByByteIsAnswered() async throws {
        let server = try await TestServer.start(allowPlaintext: true)
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connect(host: "127.0.0.1", port: server.port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
        var received: [UInt8] = []
        try await channel.executeThenClose { inbound, outbound in
            for byte in Array("/en/org/test-helpline\r\n".utf8) {
                try await outbound.write(ByteBuffer(bytes: [byte]))
                try await Task.sleep(for: .milliseconds(5))
            }
            for try await chunk in inbound { received += Array(buffer: chunk) }
        }
        let text = String(decoding: received, as: UTF8.self)
        #expect(text.hasPrefix("Test Helpline\r\n"))
        #expect(text.hasSuffix("\r\n.\r\n"))
        await server.stop()
    }
}
