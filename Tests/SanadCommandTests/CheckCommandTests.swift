import Foundation
import NIOPosix
import Testing
@testable import sanad
import SanadServer
import SanadTestSupport
import SanadTLS

/// `sanad check` against a real server on port 0: exit statuses 0, 1 and 2 for a monitor.
@Suite struct CheckCommandTests {
    @Test func aWellFormedMenuChecksWithInsecureAndWithThePin() async throws {
        let server = try await TestServer.start()
        let credentials = try SelfSignedCertificate.loadOrGenerate(stateDirectory: server.stateDirectory).credentials
        let insecure = await HealthCheck(host: "127.0.0.1", port: server.port, insecure: true).run()
        #expect(insecure.exitStatus == 0, "\(insecure.message)")
        #expect(insecure.message.contains("answered a well-formed menu"))
        let pinned = await HealthCheck(host: "127.0.0.1", port: server.port, pin: credentials.publicKeyPin).run()
        #expect(pinned.exitStatus == 0, "\(pinned.message)")
        await server.stop()
    }

    @Test func aWrongPinOrAnUntrustedCertificateIsATLSFailure() async throws {
        let server = try await TestServer.start()
        let wrongPin = await HealthCheck(host: "127.0.0.1", port: server.port, pin: "sha256//AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=").run()
        #expect(wrongPin.exitStatus == 2)
        #expect(wrongPin.message.contains("does not match the pin"), "\(wrongPin.message)")
        // The generated certificate is in no trust store.
        let verified = await HealthCheck(host: "127.0.0.1", port: server.port).run()
        #expect(verified.exitStatus == 2)
        #expect(verified.message.contains("not trusted"), "\(verified.message)")
        await server.stop()
    }

    @Test func anErrorAnswerOrANonMenuIsAWrongAnswer() async throws {
        let server = try await TestServer.start()
        let unknown = await HealthCheck(host: "127.0.0.1", port: server.port, selector: "/en/org/no-such-organisation", insecure: true).run()
        #expect(unknown.exitStatus == 1)
        #expect(unknown.message.contains("error item"), "\(unknown.message)")
        let document = await HealthCheck(host: "127.0.0.1", port: server.port, selector: "/en/org/test-helpline", insecure: true).run()
        #expect(document.exitStatus == 1, "\(document.message)")
        await server.stop()
    }

    @Test func nothingListeningIsUnreachable() async throws {
        let server = try await TestServer.start()
        let port = server.port
        await server.stop()
        let outcome = await HealthCheck(host: "127.0.0.1", port: port, insecure: true, timeout: .seconds(5)).run()
        #expect(outcome.exitStatus == 2)
        #expect(outcome.message.hasPrefix("Cannot connect to 127.0.0.1:\(port): "), "\(outcome.message)")
    }

    @Test func judgingAMenu() {
        let elapsed = Duration.milliseconds(3)
        #expect(HealthCheck.judge(Array("iHello\t\terror.host\t1\r\n1Menu\t/x\thost\t70\r\n.\r\n".utf8), target: "t", elapsed: elapsed).exitStatus == 0)
        #expect(HealthCheck.judge(Array("iHello\t\terror.host\t1\r\n".utf8), target: "t", elapsed: elapsed).exitStatus == 1)
        #expect(HealthCheck.judge(Array("iHello\terror.host\t1\r\n.\r\n".utf8), target: "t", elapsed: elapsed).exitStatus == 1)
        #expect(HealthCheck.judge(Array("3Not found\t\terror.host\t1\r\n.\r\n".utf8), target: "t", elapsed: elapsed).exitStatus == 1)
        #expect(HealthCheck.judge([], target: "t", elapsed: elapsed).exitStatus == 1)
    }
}
