import Foundation
import NIOCore
import NIOSSL
import Testing
@testable import SanadServer
@testable import SanadTLS

@Suite struct LimitStateTests {
    @Test func connectionCountsPerAddressAndTotal() {
        var counts = ConnectionCounts(maximumConnections: 3, maximumPerAddress: 2)
        let a1 = counts.admit("10.0.0.1")
        let a2 = counts.admit("10.0.0.1")
        #expect(a1 == .admitted(address: "10.0.0.1") && a2 == a1)
        #expect(counts.admit("10.0.0.1") == .overAddressLimit)
        counts.release(.overAddressLimit)
        #expect(counts.admit("10.0.0.2") == .admitted(address: "10.0.0.2"))
        #expect(counts.admit("10.0.0.3") == .overTotalLimit)
        counts.release(a1)
        counts.release(a2)
        counts.release(.admitted(address: "10.0.0.2"))
        #expect(counts.total == 0 && counts.perAddress.isEmpty && counts.refusing == 0)
    }

    @Test("Connections over their address's limit never take the total's slots, and past the refusal budget are closed at accept")
    func oneAddressCannotFillTheTotal() {
        var counts = ConnectionCounts(maximumConnections: 4, maximumPerAddress: 2, maximumRefusals: 3)
        #expect(counts.admit("10.0.0.1") == .admitted(address: "10.0.0.1"))
        #expect(counts.admit("10.0.0.1") == .admitted(address: "10.0.0.1"))
        let flood = (0..<1_000).map { _ in counts.admit("10.0.0.1") }
        #expect(flood.prefix(3).allSatisfy { $0 == .overAddressLimit })
        #expect(flood.dropFirst(3).allSatisfy { $0 == .overRefusalBudget && $0.closesAtAccept })
        #expect(counts.total == 2 && counts.refusing == 3)
        // Everyone else still has the rest of the total.
        #expect(counts.admit("10.0.0.2") == .admitted(address: "10.0.0.2"))
        #expect(counts.admit("10.0.0.3") == .admitted(address: "10.0.0.3"))
        #expect(counts.admit("10.0.0.4") == .overTotalLimit)
        for _ in 0..<3 { counts.release(.overAddressLimit) }
        #expect(counts.refusing == 0)
    }

    @Test("IPv6 clients are counted per /64; an IPv4-mapped address is its IPv4 address")
    func ipv6PerSlash64() throws {
        let one = try SocketAddress(ipAddress: "2001:db8:1:2::1", port: 1)
        let other = try SocketAddress(ipAddress: "2001:db8:1:2:ffff:ffff:ffff:ffff", port: 2)
        let elsewhere = try SocketAddress(ipAddress: "2001:db8:1:3::1", port: 1)
        #expect(ConnectionLimiter.key(one) == ConnectionLimiter.key(other))
        #expect(ConnectionLimiter.key(one) != ConnectionLimiter.key(elsewhere))
        #expect(ConnectionLimiter.key(try SocketAddress(ipAddress: "::ffff:192.0.2.7", port: 1)) == "192.0.2.7")
        #expect(ConnectionLimiter.key(try SocketAddress(ipAddress: "192.0.2.7", port: 1)) == "192.0.2.7")
        let limiter = ConnectionLimiter(maximumConnections: 100, maximumPerAddress: 2)
        #expect(limiter.admit(one) != .overAddressLimit)
        #expect(limiter.admit(other) != .overAddressLimit)
        #expect(limiter.admit(try SocketAddress(ipAddress: "2001:db8:1:2::99", port: 3)) == .overAddressLimit)
        #expect(limiter.admit(elsewhere) == .admitted(address: ConnectionLimiter.key(elsewhere)))
    }

    @Test func theRequestDeadlineEndsWithTheRequest() {
        var deadline = RequestDeadline(requestTimeout: .seconds(5))
        #expect(deadline.started() == .schedule(.seconds(5)))
        #expect(deadline.requestReceived() == .cancel)
        #expect(deadline.requestReceived() == RequestDeadline.Action.none)
        #expect(deadline.timerFired() == RequestDeadline.Action.none)
    }

    @Test func aSilentClientExpires() {
        var deadline = RequestDeadline(requestTimeout: .seconds(5))
        #expect(deadline.timerFired() == .close)
        #expect(deadline.requestReceived() == RequestDeadline.Action.none)
        #expect(deadline.timerFired() == RequestDeadline.Action.none)
    }

    @Test func listenAddresses() {
        #expect(ListenAddress("0.0.0.0:443") == ListenAddress(host: "0.0.0.0", port: 443))
        #expect(ListenAddress("[::]:70") == ListenAddress(host: "::", port: 70))
        #expect(ListenAddress("[::1]:70")?.description == "[::1]:70")
        #expect(ListenAddress("::1:70") == nil)
        #expect(ListenAddress("host") == nil)
        #expect(ListenAddress("host:99999") == nil)
        #expect(ListenAddress(":70") == nil)
    }
}

@Suite struct SessionTicketTests {
    /// The reflection hook must find swift-nio-ssl's SSL_CTX; if an upgrade renames the field,
    /// this fails rather than tickets silently coming back.
    @Test func ticketsCanBeDisabled() throws {
        let made = try SelfSignedCertificate.generate()
        let directory = NSTemporaryDirectory() + "sanad-tickets-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: directory) }
        try made.save(stateDirectory: directory)
        let credentials = try TLSCredentials.load(
            certificatePath: directory + "/" + SelfSignedCertificate.certificateFileName,
            keyPath: directory + "/" + SelfSignedCertificate.keyFileName
        )
        let context = try NIOSSLContext(configuration: credentials.makeServerConfiguration())
        #expect(SessionTickets.ticketCount(of: context) == 2)
        #expect(SessionTickets.disable(on: context))
        #expect(SessionTickets.ticketCount(of: context) == 0)
        // The server's own contexts: without tickets unless the operator asks for them.
        #expect(SessionTickets.ticketCount(of: try credentials.makeServerContext()) == 0)
        #expect(SessionTickets.ticketCount(of: try credentials.makeServerContext(sessionTickets: true)) == 1)
        #expect(SessionTickets.ticketCount(of: try TLSContextProvider(credentials: credentials).context) == 0)
        #expect(SessionTickets.ticketCount(of: try TLSContextProvider(credentials: credentials, sessionTickets: true).context) == 1)
    }
}

/// When memory is given back after a flood.
@Suite struct MemoryTrimPolicyTests {
    @Test("Trims once a flood has ended and once more at the next check, not while connections rise or hold steady")
    func trimsAfterAFlood() {
        var policy = MemoryTrimPolicy()
        #expect(policy.minimumDrop == 64)
        let decisions = [10, 4_000, 3_950, 12, 0, 0, 150, 100, 0, 0, 40, 0].map { policy.observe(open: $0, peak: $0) }
        #expect(decisions == [false, false, false, true, true, false, false, false, true, true, false, false])
        MemoryTrimmer.trim()
    }

    @Test("A flood that comes and goes between two looks is seen through the limiter's peak")
    func floodBetweenLooks() {
        var counts = ConnectionCounts(maximumConnections: 1_000, maximumPerAddress: 1_000)
        var policy = MemoryTrimPolicy()
        var decisions: [Bool] = []
        func look() {
            let occupancy = counts.takeOccupancy()
            decisions.append(policy.observe(open: occupancy.now, peak: occupancy.peak))
        }
        look()
        let admissions = (0..<100).map { _ in counts.admit("192.0.2.1") }
        admissions.forEach { counts.release($0) }
        #expect(counts.total == 0 && counts.peak == 100)
        look()
        #expect(counts.peak == 0)
        look()
        look()
        // Nothing, then the trim after the flood, its follow-up, then quiet.
        #expect(decisions == [false, true, true, false])
    }
}
