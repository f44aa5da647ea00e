import LineInterface
import NIOCore
import NIOPosix
import Testing
@testable import SanadServer
import SanadTestSupport

/// A client that sends commands and never reads the answers: the front stops (its writer
/// waits for writability, so no more input is read) and closes the connection once it has
/// stayed unwritable for the stalled-write deadline, instead of queueing output without bound.
@Suite struct StalledReaderTests {
    @Test("A line session that sends `help` without ever reading is closed at the stalled-write deadline; others are served")
    func aClientThatNeverReadsIsClosed() async throws {
        let server = try await LineTestServer.start(lineLimits: Self.manyLinesAllowed, serverLimits: Self.limits(stalled: .seconds(1)), allowPlaintext: true)
        let channel = try await Self.connectNeverReading(port: server.port)
        let flood = Self.flood(channel)
        try await Self.waitUntil { server.limiter.openConnections == 1 }
        // Closed by the server while the client is still there, not reading.
        try await Self.waitUntil(seconds: 40) { server.limiter.openConnections == 0 }
        #expect(server.limiter.openConnections == 0, "the session that never reads is still open")
        flood.cancel()
        // Another client is served normally.
        let screen = try await LineTestClient.converse(port: server.port) { try await $0.read() }
        #expect(!screen.isEmpty)
        channel.close(promise: nil)
        await server.stop()
    }

    @Test("The same flood with a long stalled-write deadline stays open: what closes it above is that deadline, not another limit")
    func theDeadlineIsWhatCloses() async throws {
        let server = try await LineTestServer.start(lineLimits: Self.manyLinesAllowed, serverLimits: Self.limits(stalled: .seconds(120)), allowPlaintext: true)
        let channel = try await Self.connectNeverReading(port: server.port)
        let flood = Self.flood(channel)
        try await Self.waitUntil { server.limiter.openConnections == 1 }
        try await Task.sleep(for: .seconds(5))
        #expect(server.limiter.openConnections == 1)
        flood.cancel()
        channel.close(promise: nil)
        await server.stop()
    }

    /// The flood sends 100 lines a write, which the line limit (``TelnetInputDecoder/Limits/maximumLinesAtOnce``)
    /// would close at once; these tests are about the stalled-write deadline alone.
    static let manyLinesAllowed = LineFrontLimits(input: TelnetInputDecoder.Limits(maximumLinesAtOnce: 1_000_000))

    static func limits(stalled: TimeAmount) -> ServerLimits {
        var limits = TestServer.limits
        limits.stalledWriteTimeout = stalled
        return limits
    }

    /// A plaintext client that never reads (no autoRead, no read call) with a small receive
    /// window, so the server's output backs up after a few pages.
    static func connectNeverReading(port: Int) async throws -> any Channel {
        try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .channelOption(.autoRead, value: false)
            .channelOption(.socketOption(.so_rcvbuf), value: 4_096)
            .connect(host: "127.0.0.1", port: port).get()
    }

    /// At most 20,000 `help` commands (about 120 KB), while the connection lasts.
    static func flood(_ channel: any Channel) -> Task<Void, any Error> {
        Task {
            for _ in 0..<200 where channel.isActive {
                channel.writeAndFlush(ByteBuffer(string: String(repeating: "help\r\n", count: 100)), promise: nil)
                try await Task.sleep(for: .milliseconds(50))
            }
        }
    }

    static func waitUntil(seconds: Int = 30, _ condition: () -> Bool) async throws {
        for _ in 0..<(seconds * 100) where !condition() {
            try await Task.sleep(for: .milliseconds(10))
        }
    }
}
