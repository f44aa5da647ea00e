import Gemini
import Testing

/// Which hosts and ports a Gemini request may name (53 for the others).
@Suite struct GeminiAuthorityTests {
    let authority = GeminiAuthority(hosts: ["Sanad.Example.org", "*.mirror.example", "::1"], ports: [1965, 11965])

    func accepts(_ url: String) throws -> Bool {
        authority.accepts(try GeminiRequest.parse(Array(url.utf8)))
    }

    @Test func itsOwnNamesAndPortsAreAccepted() throws {
        for url in [
            "gemini://sanad.example.org/", "gemini://SANAD.EXAMPLE.ORG/en/", "gemini://sanad.example.org.:1965/",
            "gemini://sanad.example.org:11965/fr/", "gemini://a.mirror.example/", "gemini://[::1]/",
        ] {
            #expect(try accepts(url), "\(url)")
        }
    }

    @Test func otherHostsAndPortsAreNot() throws {
        for url in [
            "gemini://evil.example/", "gemini://sanad.example.org.evil.example/", "gemini://example.org/",
            "gemini://sanad.example.org:1966/", "gemini://mirror.example/", "gemini://a.b.mirror.example/", "gemini://127.0.0.1/",
        ] {
            #expect(try !accepts(url), "\(url)")
        }
    }

    @Test func theRefusalIs53AndDoesNotRepeatTheHost() {
        #expect(GeminiAuthority.refusal.status == .proxyRequestRefused)
        #expect(GeminiAuthority.refusal.header.hasPrefix("53 "))
        #expect(GeminiAuthority.refusal.body == nil)
    }

    @Test func anotherSchemeIsAlso53() {
        #expect(throws: GeminiRequestError.otherScheme) { try GeminiRequest.parse(Array("https://sanad.example.org/".utf8)) }
        #expect(GeminiRequestError.otherScheme.status == .proxyRequestRefused)
    }
}
