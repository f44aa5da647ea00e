import Gemini
import SanadTestSupport
import Testing
@testable import SanadServer

/// The real Gemini front answers only for its own names and port: 53 for any other.
@Suite struct GeminiHostTests {
    @Test func theCertificatesNamesThePublicHostAndTheAddressAreServed() async throws {
        let server = try await GeminiTestServer.start(publicHost: "Sanad.Example.org")
        defer { server.stopSoon() }
        for url in [
            "gemini://localhost:\(server.port)/", "gemini://127.0.0.1:\(server.port)/", "gemini://sanad.example.org/",
            "gemini://sanad.example.org:1965/en/",
        ] {
            #expect(try await GeminiTestClient.fetch(url, port: server.port).header.hasPrefix("20 "), "\(url)")
        }
    }

    @Test func anotherHostOrPortIsRefusedAsAProxyRequest() async throws {
        let server = try await GeminiTestServer.start(publicHost: "sanad.example.org")
        defer { server.stopSoon() }
        for url in [
            "gemini://evil.example/", "gemini://evil.example:\(server.port)/en/", "gemini://localhost:\(server.port + 1)/",
            "gemini://sanad.example.org.evil.example/",
        ] {
            let answer = try await GeminiTestClient.fetch(url, port: server.port)
            #expect(answer.header == "53 " + GeminiAuthority.refusal.meta, "\(url)")
            #expect(answer.body.isEmpty)
            #expect(!answer.header.contains("evil"))
        }
        let https = try await GeminiTestClient.fetch("https://sanad.example.org/", port: server.port)
        #expect(https.header.hasPrefix("53 "))
    }

    @Test func theGeneratedCertificatesNamesAreRead() throws {
        let (_, credentials) = try TestFront<GeminiFront>.makeCredentials()
        #expect(credentials.names == ["localhost", "127.0.0.1", "::1"])
    }
}
