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
        #expect(counts.admit("10.0.0.2") == .overTotalLimit)
        counts.release(.overAddressLimit)
        #expect(counts.admit("10.0.0.2") == .admitted(address: "10.0.0.2"))
        counts.release(a1)
        counts.release(a2)
        counts.release(.admitted(address: "10.0.0.2"))
        #expect(counts.total == 0 && counts.perAddress.isEmpty)
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
