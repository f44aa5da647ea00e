import Catalogue
import DirectoryModel
import Foundation
import SanadTestSupport
import Testing

/// Gopher and the web on one port: ALPN `http/1.1` or an HTTP request line gets the web,
/// anything else Gopher, which still answers as on its own port.
@Suite struct SharedPortTests {
    @Test func gopherStillAnswersAndBrowsersGetHTML() async throws {
        let server = try await GopherWebTestServer.start()
        defer { server.stopSoon() }
        // Gopher over TLS, no ALPN: the menu.
        let menu = try await TestClient.request("/", port: server.port).text
        #expect(menu.hasPrefix("i" + UIText.siteTitle(.en) + "\t"), "\(menu.prefix(80))")
        // A browser: ALPN http/1.1.
        let page = try await WebTestClient.fetch("/", port: server.port)
        #expect(page.status == 200 && page.text.contains("<html lang=\"en\">"))
        WebChecks.expectCommonHeaders(page, "shared /")
        // TLS without ALPN but an HTTP request line: the web too.
        let noALPN = try await WebTestClient.withConnection(port: server.port, alpn: []) { try await $0.request("GET", "/fr/") }
        #expect(noALPN?.status == 200 && noALPN?.text.contains("<html lang=\"fr\">") == true)
        // A selector that starts like a method but is not one: Gopher.
        let gopherish = try await TestClient.request("/GET", port: server.port).text
        #expect(!gopherish.contains("HTTP/1.1"))
        // Plaintext where it is not allowed: Gopher's refusal, the web's redirect.
        let refusedGopher = try await TestClient.request("/", port: server.port, tls: false).text
        #expect(refusedGopher.hasPrefix("3"))
        let refusedWeb = try await WebTestClient.fetch("/", port: server.port, tls: false)
        #expect(refusedWeb.status == 301)
    }

    @Test func plaintextGetOnAnAllowedSharedPortGetsHTML() async throws {
        let server = try await GopherWebTestServer.start(allowPlaintext: true)
        defer { server.stopSoon() }
        let page = try await WebTestClient.fetch("/", port: server.port, tls: false)
        #expect(page.status == 200 && page.text.contains("<html lang=\"en\">"))
        let menu = try await TestClient.request("/", port: server.port, tls: false).text
        #expect(menu.hasPrefix("i" + UIText.siteTitle(.en) + "\t"))
        // A client that sends nothing decisive is closed by the request deadline, not held.
        let posted = try await WebTestClient.fetch("POST", "/en/search", port: server.port, tls: false, body: WebTestClient.form([("q", "x")]))
        #expect(posted.status == 200)
    }
}
