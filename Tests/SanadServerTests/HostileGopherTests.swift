import Foundation
import NIOCore
import NIOPosix
import NIOSSL
import NIOTLS
import Testing
@testable import SanadServer
import SanadTestSupport

/// Hostile clients against the real Gopher front over TLS on a free loopback port: slowloris,
/// a connection flood from one address, stalled and malformed TLS, plaintext on a TLS-only
/// listener. Each test is bounded (a few hundred connections, a few seconds) and asserts what
/// happens, with generous bounds on time: the suite runs in parallel on two cores.
@Suite struct HostileGopherTests {
    static let emergencyNumber = "+1 202 555 0100"
    static let refusal = "3Too many connections from your address; try again shortly.\t\terror.host\t1\r\n.\r\n"

    @Test("300 connections trickling a byte a second do not stop a normal client being served")
    func slowClientsDoNotStarveANormalOne() async throws {
        // Hundreds of sockets on both ends: as the server does at start, lift the soft limit.
        FileDescriptorLimit.raise()
        var limits = TestServer.limits
        limits.maximumConnections = 1_000
        limits.maximumConnectionsPerAddress = 1_000
        limits.requestTimeout = .seconds(30)
        limits.handshakeTimeout = .seconds(30)
        let server = try await TestServer.start(limits: limits)
        // 50 finish the TLS handshake and then trickle a selector that never ends; 250 trickle
        // plaintext. All hold a connection (and a handler) on the server the whole time. (More
        // TLS handshakes would only load the two cores the rest of the suite shares.)
        var slow: [any Channel] = []
        for index in 0..<300 {
            slow.append(try await HostileClient.connect(port: server.port, tls: index < 50))
        }
        try await waitUntil { server.limiter.openConnections == 300 }
        let trickle = Task {
            for _ in 0..<4 {
                for channel in slow { channel.writeAndFlush(ByteBuffer(string: "a"), promise: nil) }
                try await Task.sleep(for: .seconds(1))
            }
        }
        try await Task.sleep(for: .milliseconds(1_500))
        let answer = try await TestClient.exchange(port: server.port, send: Array("/\r\n".utf8), timeout: .seconds(20))
        #expect(answer.text.contains(Self.emergencyNumber))
        #expect(answer.text.hasSuffix("\r\n.\r\n"))
        #expect(answer.elapsed < .seconds(10))
        // The slow ones were not dropped to make room: they are all still open (the normal
        // client's slot is released a moment after its answer).
        try await waitUntil { server.limiter.openConnections == 300 }
        _ = await trickle.result
        for channel in slow { channel.close(promise: nil) }
        try await waitUntil { server.limiter.openConnections == 0 }
        await server.stop()
    }

    @Test("200 connections from one address: those past the limit get the clear refusal")
    func oneAddressFloodIsLimitedWithAClearAnswer() async throws {
        // Hundreds of sockets on both ends: as the server does at start, lift the soft limit.
        FileDescriptorLimit.raise()
        var limits = TestServer.limits
        limits.maximumConnections = 1_000
        // The held connections never speak: they must outlast the flood on a loaded machine.
        limits.handshakeTimeout = .seconds(120)
        let server = try await TestServer.start(limits: limits)
        let perAddress = limits.maximumConnectionsPerAddress
        var held: [any Channel] = []
        for _ in 0..<perAddress { held.append(try await HostileClient.connect(port: server.port, tls: false)) }
        try await waitUntil { server.limiter.openConnections == perAddress }
        // The rest arrive at once, in waves of 46 so the client side stays light: the first wave
        // over TLS, the others plaintext (refused the same way, with less work for the machine).
        var refused = 0
        var other: [String] = []
        for wave in 0..<4 {
            let answers = try await withThrowingTaskGroup(of: String.self) { group in
                for _ in 0..<46 {
                    group.addTask {
                        try await TestClient.exchange(port: server.port, send: Array("/\r\n".utf8), tls: wave == 0, timeout: .seconds(30)).text
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            for answer in answers {
                if answer == Self.refusal { refused += 1 } else { other.append(answer) }
            }
        }
        #expect(refused == 184, "every connection past the limit is refused plainly; others: \(other.prefix(2))")
        for channel in held { channel.close(promise: nil) }
        try await waitUntil { server.limiter.openConnections == 0 }
        #expect(try await TestClient.request("/", port: server.port).text.contains(Self.emergencyNumber))
        await server.stop()
    }

    @Test("A TLS handshake trickled a byte at a time is cut off at the handshake deadline")
    func stalledHandshakeIsCutOff() async throws {
        var limits = TestServer.limits
        limits.handshakeTimeout = .seconds(1)
        limits.requestTimeout = .seconds(60)
        let server = try await TestServer.start(limits: limits)
        let clock = ContinuousClock()
        let start = clock.now
        let channel = try await HostileClient.connect(port: server.port, tls: false)
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
        let answer = try await TestClient.exchange(port: server.port, send: record, tls: false, timeout: .seconds(20))
        // At most a TLS alert: never Gopher content, never the plaintext hint.
        #expect(!answer.text.contains(Self.emergencyNumber))
        #expect(!answer.text.contains("\t"))
        #expect(answer.bytes.count < 64)
        #expect(answer.elapsed < .seconds(15), "closed at once, not at the handshake deadline")
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
        let server = try await GopherServer.bind(
            configuration: configuration, store: CatalogueStore(TestDirectory.catalogue()), credentials: credentials,
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

/// Connections that hold a slot: plain TCP, or TLS with the handshake done.
enum HostileClient {
    /// Connects; over TLS, returns once the handshake has completed.
    static func connect(port: Int, tls: Bool) async throws -> any Channel {
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    if tls {
                        try channel.pipeline.syncOperations.addHandler(
                            NIOSSLClientHandler(context: TestClient.clientContext, serverHostname: nil)
                        )
                        try channel.pipeline.syncOperations.addHandler(HandshakeWaiter())
                    }
                }
            }
            .connect(host: "127.0.0.1", port: port).get()
        if tls {
            let waiter = try await channel.pipeline.handler(type: HandshakeWaiter.self).get()
            try await waiter.completed.futureResult.get()
        }
        return channel
    }
}

/// Completes its promise when the TLS handshake completes (or fails when the channel closes).
final class HandshakeWaiter: ChannelInboundHandler, @unchecked Sendable {
    // @unchecked: `promise` is set once in handlerAdded and then only read; EventLoopPromise is
    // itself thread-safe.
    typealias InboundIn = ByteBuffer
    private var promise: EventLoopPromise<Void>?

    var completed: EventLoopPromise<Void> { promise! }

    func handlerAdded(context: ChannelHandlerContext) {
        promise = context.eventLoop.makePromise()
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if case TLSUserEvent.handshakeCompleted = event { promise?.succeed(()) }
        context.fireUserInboundEventTriggered(event)
    }

    func channelInactive(context: ChannelHandlerContext) {
        promise?.fail(ChannelError.ioOnClosedChannel)
        context.fireChannelInactive()
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        promise?.fail(error)
        context.fireErrorCaught(error)
    }
}
