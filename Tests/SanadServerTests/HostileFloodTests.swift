import Catalogue
import NIOCore
import Testing
@testable import SanadServer
import SanadTestSupport

/// Floods of connections against the real Gopher front over TLS on a free loopback port: 500
/// slow clients, and 1,000 connections from one address. The two run one after the other
/// (each alone is hundreds of sockets at both ends; the rest of the suite still runs beside
/// them on two cores), so time bounds are generous, and latency is compared with the normal
/// client's own latency measured in the same test just before.
@Suite(.serialized) struct HostileFloodTests {
    static let emergencyNumber = "+1 202 555 0100"
    static let refusal = Array((UIText.lineBusy.everyLanguage().map { "3\($0)\t\terror.host\t1\r\n" }.joined() + ".\r\n").utf8)

    @Test("500 connections from 32 addresses, each sending a byte every 3 seconds, do not delay a normal client beyond its usual latency")
    func slowClientsDoNotDelayANormalOne() async throws {
        // Client and server ends of 500 connections live in this process.
        try Self.raiseOpenFileLimit(needing: 1_200)
        var limits = TestServer.limits
        limits.maximumConnections = 1_000
        limits.requestTimeout = .seconds(90)
        limits.handshakeTimeout = .seconds(90)
        limits.firstByteTimeout = .seconds(90)
        let server = try await TestServer.start(limits: limits)
        // The default per-address limit (16) stays: each of 127.0.0.2–127.0.0.33 holds at most
        // that many, so the limit admits every slow client and is not what protects the
        // normal one (from 127.0.0.1).
        let perAddress = limits.maximumConnectionsPerAddress
        let usual = try await Self.normalRequests(5, port: server.port, pause: .milliseconds(200))
        let menu = usual[0].bytes
        #expect(String(decoding: menu, as: UTF8.self).contains(Self.emergencyNumber))

        // One in ten completes the TLS handshake, the rest are plaintext (the port is TLS-only,
        // so they get the TLS hint once their line ends): all hold a connection and a handler.
        let slow = try await HostileClient.connectMany(500) { index in
            try await HostileClient.connect(port: server.port, tls: index % 10 == 0, from: "127.0.0.\(2 + index / perAddress)")
        }
        try await Self.waitUntil { server.limiter.openConnections == 500 }
        let trickle = Task {
            for round in 0..<3 {
                if round > 0 { try await Task.sleep(for: .seconds(3)) }
                for connection in slow { connection.send("a") }
            }
        }
        try await Task.sleep(for: .milliseconds(500))
        let during = try await Self.normalRequests(5, port: server.port, pause: .seconds(1))
        try await trickle.value

        for exchange in during {
            #expect(exchange.bytes == menu, "the whole root menu, as before the flood")
            #expect(exchange.elapsed < .seconds(10))
        }
        // "Usual latency" with room for a shared machine: the median of five requests during
        // the flood against four times the median before, plus a second for scheduling noise.
        // A server that made the normal client wait behind a slow one would take at least the
        // 3 s between bytes.
        let usualMedian = Self.median(usual.map(\.elapsed))
        let duringMedian = Self.median(during.map(\.elapsed))
        print("slow clients: normal request before \(usual.map(\.elapsed)), during \(during.map(\.elapsed))")
        #expect(duringMedian <= usualMedian * 4 + .seconds(1), "before: \(usual.map(\.elapsed)), during: \(during.map(\.elapsed))")

        // None was dropped or refused to make room: all still open, and when their lines end
        // each gets the answer any client gets for them ("aaa" over TLS, the TLS hint in plain).
        #expect(slow.allSatisfy { $0.channel.isActive })
        try await Self.waitUntil { server.limiter.openConnections == 500 }
        let overTLS = try await TestClient.exchange(port: server.port, send: Array("aaa\r\n".utf8), tls: true).bytes
        let inPlain = try await TestClient.exchange(port: server.port, send: Array("aaa\r\n".utf8), tls: false).bytes
        #expect(String(decoding: inPlain, as: UTF8.self).hasPrefix("3This server speaks Gopher over TLS only"))
        for connection in slow { connection.send("\r\n") }
        let answers = try await HostileClient.answers(of: slow, within: .seconds(60))
        let wrong = answers.indices.filter { answers[$0] != ($0 % 10 == 0 ? overTLS : inPlain) }
        #expect(wrong.count == 0, "\(wrong.count) slow clients got another answer, such as \(wrong.prefix(2).map { String(decoding: answers[$0], as: UTF8.self) })")
        try await Self.waitUntil { server.limiter.openConnections == 0 }
        await server.stop()
    }

    @Test("One address opening 1,000 silent connections, far past the total of 64: another address is still served; the first 64 past the address's limit get the clear refusal, the rest are closed at accept; the address is served again after")
    func oneAddressFloodIsRefusedBeforeTheTotal() async throws {
        // Client and server ends of 1,000 connections live in this process.
        try Self.raiseOpenFileLimit(needing: 2_200)
        var limits = TestServer.limits
        // Far below the flood: the probe's attack (one address filling the total) must fail.
        limits.maximumConnections = 64
        limits.maximumRefusals = 64
        // The connections wait silent while the rest open: they must outlast that on a loaded machine.
        limits.handshakeTimeout = .seconds(120)
        limits.requestTimeout = .seconds(120)
        limits.refusalTimeout = .seconds(120)
        limits.firstByteTimeout = .seconds(120)
        let server = try await TestServer.start(limits: limits)
        let perAddress = limits.maximumConnectionsPerAddress
        let held = try await HostileClient.connectMany(perAddress) { _ in
            try await HostileClient.connect(port: server.port, tls: false, from: "127.0.0.1")
        }
        try await Self.waitUntil { server.limiter.openConnections == perAddress }
        // All 1,000 open at once, silent, plain TCP (as the probe's attacker: no TLS work for it).
        let flood = try await HostileClient.connectMany(1_000 - perAddress) { _ in
            try await HostileClient.connect(port: server.port, tls: false, from: "127.0.0.1")
        }
        try await Self.waitUntil { server.limiter.refusingConnections == limits.maximumRefusals }
        // The flood holds no slot of the total.
        #expect(server.limiter.openConnections == perAddress)

        // Another address is served while this one has opened 1,000 connections.
        let neighbour = try await HostileClient.connect(port: server.port, tls: true, from: "127.0.0.2")
        neighbour.send("/\r\n")
        let served = try await HostileClient.answers(of: [neighbour], within: .seconds(20))[0]
        #expect(String(decoding: served, as: UTF8.self).contains(Self.emergencyNumber))

        for connection in flood { connection.send("/\r\n") }
        let answers = try await HostileClient.answers(of: flood, within: .seconds(60))
        let refused = answers.filter { $0 == Self.refusal }.count
        let other = answers.filter { $0 != Self.refusal && !$0.isEmpty }.prefix(2).map { String(decoding: $0, as: UTF8.self) }
        #expect(refused == limits.maximumRefusals, "the refusal budget's connections get the refusal, byte for byte")
        #expect(other.isEmpty, "the rest are closed with nothing; others: \(other)")
        // The first 16 were not disturbed.
        #expect(held.allSatisfy { $0.channel.isActive })
        try await Self.waitUntil { server.limiter.refusingConnections == 0 }

        for connection in held { connection.channel.close(promise: nil) }
        try await Self.waitUntil { server.limiter.openConnections == 0 }
        #expect(try await TestClient.request("/", port: server.port).text.contains(Self.emergencyNumber))
        await server.stop()
    }

    @Test("A connection that sends nothing is closed at the first-byte deadline, long before the handshake deadline")
    func aSilentConnectionIsClosedEarly() async throws {
        var limits = TestServer.limits
        limits.handshakeTimeout = .seconds(60)
        limits.firstByteTimeout = .milliseconds(300)
        let server = try await TestServer.start(limits: limits)
        let silent = try await HostileClient.connect(port: server.port, tls: false)
        let start = ContinuousClock.now
        let answer = try await HostileClient.answers(of: [silent], within: .seconds(30))[0]
        #expect(answer.isEmpty)
        #expect(ContinuousClock.now - start < .seconds(20))
        try await Self.waitUntil { server.limiter.openConnections == 0 }
        // A client that speaks at once is unaffected.
        #expect(try await TestClient.request("/", port: server.port).text.contains(Self.emergencyNumber))
        await server.stop()
    }

    /// Lifts the soft open-file limit as the server does at start, and stops the test with a
    /// plain reason when the hard limit is too low for it.
    static func raiseOpenFileLimit(needing: Int) throws {
        let limit = FileDescriptorLimit.raise()
        try #require(limit.after >= needing, "needs \(needing) open files; the hard limit allows \(limit.after)")
    }

    /// `count` normal requests for the root menu over TLS from 127.0.0.1, one after another.
    static func normalRequests(_ count: Int, port: Int, pause: Duration) async throws -> [Exchange] {
        var exchanges: [Exchange] = []
        for index in 0..<count {
            if index > 0 { try await Task.sleep(for: pause) }
            exchanges.append(try await TestClient.exchange(port: port, send: Array("/\r\n".utf8), timeout: .seconds(20)))
        }
        return exchanges
    }

    static func median(_ durations: [Duration]) -> Duration {
        durations.sorted()[durations.count / 2]
    }

    /// Polls `condition` for up to thirty seconds.
    static func waitUntil(_ condition: () -> Bool) async throws {
        for _ in 0..<3_000 where !condition() {
            try await Task.sleep(for: .milliseconds(10))
        }
        #expect(condition())
    }
}
