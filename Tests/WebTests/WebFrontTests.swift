import Catalogue
import DirectoryModel
import Foundation
import SanadServer
import SanadTestSupport
import Testing
import Web

/// The real web front on a free port over TLS (ALPN `http/1.1`): every page reachable from
/// the four roots, the headers on every response, keep-alive, `HEAD`, and the limits.
@Suite struct WebFrontTests {
    /// Every link and every form reachable from the four roots answers 200 (the interview to
    /// its second step), with the common headers; each page is HTML in its language.
    @Test func crawlEveryLinkAndFormFromEveryRoot() async throws {
        let server = try await WebTestServer.start()
        defer { server.stopSoon() }
        var queue = ["/", "/fr/", "/es/", "/ar/"]
        var seen = Set(queue)
        var fetched = 0
        // Keep-alive, 40 requests per connection (the front allows 100).
        while !queue.isEmpty {
            try await WebTestClient.withConnection(port: server.port) { connection in
                var sent = 0
                while !queue.isEmpty, sent < 40 {
                    let path = queue.removeFirst()
                    sent += 1
                    let response = try #require(try await connection.request("GET", path))
                    fetched += 1
                    #expect(response.status == 200, "\(path): \(response.status)")
                    WebChecks.expectCommonHeaders(response, path)
                    #expect(response.header("Content-Type") == "text/html; charset=utf-8", "\(path)")
                    let html = response.text
                    #expect(html.hasPrefix("<!DOCTYPE html><html lang=\""), "\(path)")
                    #expect(html.contains("<p id=\"x\"><a href=\"/leave\">"), "\(path): the leave link first")
                    #expect(!html.contains("<script") && !html.contains("<img") && !html.contains(" style="), "\(path)")
                    for link in WebChecks.links(html) {
                        if link.hasPrefix("tel:") || link.hasPrefix("mailto:") || link.hasPrefix("http") || link.hasPrefix("data:") { continue }
                        if link == "/leave" { continue }
                        #expect(link.hasPrefix("/"), "\(path): \(link)")
                        if link.contains("/interview/"), link.split(separator: "/").count > 4 { continue }
                        if seen.insert(link).inserted { queue.append(link) }
                    }
                    for action in WebChecks.attribute("action", in: html) {
                        sent += 1
                        let posted = try #require(try await connection.request("POST", action, body: WebTestClient.form([("q", "helpline")])))
                        #expect([200, 303].contains(posted.status), "POST \(action): \(posted.status)")
                        WebChecks.expectCommonHeaders(posted, "POST " + action)
                        #expect(posted.header("Cache-Control") == "no-store", "POST \(action)")
                    }
                }
            }
        }
        #expect(fetched > 40)
    }

    /// Not found, a wrong method, `/leave`, the safety page and `caps.txt` (Gopher's only).
    @Test func errorsLeaveAndSafety() async throws {
        let server = try await WebTestServer.start(site: WebSiteOptions(leaveURL: "https://example.org/", hstsMaxAge: 600, onionHost: "abc.onion"))
        defer { server.stopSoon() }
        let missing = try await WebTestClient.fetch("/fr/org/nobody", port: server.port)
        #expect(missing.status == 404)
        #expect(missing.text.contains(HTMLWriter.escape(UIText.notFound(.fr))))
        WebChecks.expectCommonHeaders(missing, "404")
        #expect(try await WebTestClient.fetch("/caps.txt", port: server.port).status == 404)
        #expect(try await WebTestClient.fetch("/../etc/passwd", port: server.port).status == 404)
        let delete = try await WebTestClient.fetch("DELETE", "/en/", port: server.port)
        #expect(delete.status == 405)
        #expect(delete.header("Allow") == "GET, HEAD, POST")
        let leave = try await WebTestClient.fetch("/leave", port: server.port)
        #expect(leave.status == 303)
        #expect(leave.header("Location") == "https://example.org/")
        #expect(leave.header("Clear-Site-Data") == "\"cache\", \"cookies\", \"storage\"")
        WebChecks.expectCommonHeaders(leave, "/leave")
        #expect(leave.header("Strict-Transport-Security") == "max-age=600")
        #expect(leave.header("Onion-Location") == "http://abc.onion/leave")
        for l in UILanguage.allCases {
            let safety = try await WebTestClient.fetch("/\(l.rawValue)/safety", port: server.port)
            #expect(safety.status == 200)
            #expect(safety.text.contains(HTMLWriter.escape(UIText.webSafety3(l))))
            #expect(safety.text.contains("href=\"/\(l == .en ? "fr" : "en")/safety\""), "the switch leads to the safety page")
        }
    }

    /// Several requests on one connection, `HEAD` with the `GET`'s length and no body,
    /// `Connection: close`, and the last request a connection allows.
    @Test func keepAliveHeadCloseAndRequestLimit() async throws {
        let server = try await WebTestServer.start(webLimits: WebFrontLimits(maximumRequestsPerConnection: 3))
        defer { server.stopSoon() }
        try await WebTestClient.withConnection(port: server.port) { connection in
            let first = try #require(try await connection.request("GET", "/en/about"))
            #expect(first.status == 200 && first.header("Connection") == nil)
            let head = try #require(try await connection.request("HEAD", "/en/about"))
            #expect(head.status == 200 && head.body.isEmpty)
            #expect(head.header("Content-Length") == String(first.body.count))
            WebChecks.expectCommonHeaders(head, "HEAD", head: true)
            let third = try #require(try await connection.request("GET", "/fr/"))
            #expect(third.status == 200)
            #expect(third.header("Connection") == "close")
            #expect(await connection.closesWithoutMore())
        }
        try await WebTestClient.withConnection(port: server.port) { connection in
            let asked = try #require(try await connection.request("GET", "/", headers: [("Connection", "close")]))
            #expect(asked.status == 200 && asked.header("Connection") == "close")
            #expect(await connection.closesWithoutMore())
        }
        // Two requests in one write (pipelined): two answers, in order.
        try await WebTestClient.withConnection(port: server.port) { connection in
            try await connection.send("GET /en/about HTTP/1.1\r\nHost: a\r\n\r\nGET /fr/about HTTP/1.1\r\nHost: a\r\n\r\n")
            let one = try #require(try await connection.response())
            let two = try #require(try await connection.response())
            #expect(one.text.contains("lang=\"en\"") && two.text.contains("lang=\"fr\""))
        }
    }

    /// 431 for a header over 8 KiB, 413 for a form over 4 KiB (announced or sent), a larger
    /// body allowed under /api/, 400 for garbage, 408 for headers that never end.
    @Test func limits() async throws {
        let server = try await WebTestServer.start(webLimits: WebFrontLimits(headerTimeout: .seconds(1)))
        defer { server.stopSoon() }
        let big = String(repeating: "a", count: 9000)
        let headers = try await WebTestClient.fetch("/", port: server.port, headers: [("X-Big", big)])
        #expect(headers.status == 431)
        #expect(headers.header("Connection") == "close")
        WebChecks.expectCommonHeaders(headers, "431")
        let form = try await WebTestClient.fetch("POST", "/en/search", port: server.port, body: Array(("q=" + String(repeating: "b", count: 5000)).utf8))
        #expect(form.status == 413)
        WebChecks.expectCommonHeaders(form, "413")
        let justUnder = try await WebTestClient.fetch("POST", "/en/search", port: server.port, body: Array(("q=" + String(repeating: "b", count: 4000)).utf8))
        #expect(justUnder.status == 200)
        // A body under /api/ may be larger (the API answers it; the pages say not found).
        let api = try await WebTestClient.fetch("POST", "/api/v1/x", port: server.port, body: Array(repeating: UInt8(ascii: "c"), count: 10_000))
        #expect(api.status != 413)
        let chunked = try await WebTestClient.withConnection(port: server.port) { connection in
            try await connection.send("POST /en/search HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n")
            for _ in 0..<5 { try await connection.send("400\r\n" + String(repeating: "d", count: 1024) + "\r\n") }
            return try await connection.response()
        }
        #expect(chunked?.status == 413)
        let garbage = try await WebTestClient.withConnection(port: server.port) { connection in
            try await connection.send("GET / HTTP/1.1\r\nHost a\r\n\r\n")
            return try await connection.response()
        }
        #expect(garbage?.status == 400)
        let clock = ContinuousClock()
        let start = clock.now
        let slow = try await WebTestClient.withConnection(port: server.port) { connection in
            try await connection.send("GET / HTTP/1.1\r\nHost: a\r\n")
            return try await connection.response()
        }
        #expect(slow?.status == 408)
        #expect(clock.now - start < .seconds(10))
    }

    /// Plaintext where it is not allowed: a redirect to HTTPS on the same port; where it is
    /// allowed: the page.
    @Test func plaintextRule() async throws {
        let refused = try await WebTestServer.start()
        defer { refused.stopSoon() }
        let redirect = try await WebTestClient.fetch("/en/about?x", port: refused.port, tls: false, headers: [("Host", "example.org:8443")])
        #expect(redirect.status == 301)
        #expect(redirect.header("Location") == "https://example.org:8443/en/about?x")
        WebChecks.expectCommonHeaders(redirect, "301")
        #expect(redirect.header("Strict-Transport-Security") == nil)
        let allowed = try await WebTestServer.start(allowPlaintext: true)
        defer { allowed.stopSoon() }
        let page = try await WebTestClient.fetch("/en/about", port: allowed.port, tls: false)
        #expect(page.status == 200 && page.text.contains("<html lang=\"en\">"))
    }
}
