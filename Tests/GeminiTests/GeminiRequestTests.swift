import Gemini
import Testing

@Suite struct GeminiRequestTests {
    @Test func absoluteURLWithHostPortPathAndQuery() throws {
        let r = try request("gemini://Example.org:1965/en/search?front%20line")
        #expect(r == GeminiRequest(host: "example.org", port: 1965, path: "/en/search", query: "front line"))
    }

    @Test func noPathIsTheRootAndNoQueryIsNil() throws {
        #expect(try request("gemini://localhost") == GeminiRequest(host: "localhost", path: "/"))
        #expect(try request("gemini://localhost/").query == nil)
        #expect(try request("gemini://localhost/en/search?").query == "")
    }

    @Test func schemeIsCaseInsensitiveAndIPv6HostsWork() throws {
        #expect(try request("GEMINI://[::1]:1965/fr/").host == "::1")
        #expect(try request("GEMINI://[::1]:1965/fr/").port == 1965)
    }

    @Test func pathAndQueryArePercentDecodedAsUTF8() throws {
        let r = try request("gemini://h/ar/search?%D8%AA%D9%88%D9%86%D8%B3+x")
        #expect(r.query == "تونس+x")
        #expect(try request("gemini://h/en/org/%6Cine").path == "/en/org/line")
    }

    @Test func dotSegmentsNeverClimbAboveTheRoot() throws {
        #expect(try request("gemini://h/../../etc/passwd").path == "/etc/passwd")
        #expect(try request("gemini://h/en/org/../search").path == "/en/search")
        #expect(try request("gemini://h/en/./about").path == "/en/about")
        #expect(try request("gemini://h/..").path == "/")
        // An encoded `..` is not a dot segment: it stays, and no route has it.
        #expect(try request("gemini://h/en/%2E%2E/x").path == "/en/../x")
    }

    @Test(arguments: [
        ("https://example.org/", GeminiRequestError.otherScheme),
        ("gopher://example.org/", .otherScheme),
        ("/en/search", .notAbsoluteURL),
        ("example.org/en/", .notAbsoluteURL),
        ("gemini:/en/", .notAbsoluteURL),
        ("gemini://user@example.org/", .userinfo),
        ("gemini://example.org/en/#top", .fragment),
        ("gemini://example.org/en/%zz", .badEscape),
        ("gemini://example.org/en/search?%FF", .badEscape),
        ("gemini://example.org/en/%00", .malformedURL),
        ("gemini://example.org/en/a b", .malformedURL),
        ("gemini://:1965/", .malformedURL),
        ("gemini://example.org:99999/", .malformedURL),
        ("gemini://example.org:x/", .malformedURL),
        ("", .notAbsoluteURL),
    ])
    func refusals(url: String, expected: GeminiRequestError) {
        #expect(throws: expected) { try request(url) }
    }

    @Test func otherSchemesAre53AndEverythingElse59() {
        #expect(GeminiRequestError.otherScheme.response.header == "53 This server only answers gemini:// URLs.\r\n")
        for error in [GeminiRequestError.tooLong, .invalidUTF8, .missingCRLF, .userinfo, .fragment, .badEscape, .malformedURL, .notAbsoluteURL] {
            #expect(error.response.status == .badRequest)
            #expect(error.response.header.hasPrefix("59 "))
        }
    }

    @Test func invalidUTF8IsRefused() {
        let bytes = Array("gemini://h/en/".utf8) + [0xC3, 0x28]
        #expect(throws: GeminiRequestError.invalidUTF8) { try GeminiRequest.parse(bytes) }
    }
}
