import Catalogue
import Foundation
import Gemini
import NIOCore
import NIOPosix
import NIOSSL
import Testing
@testable import SanadServer
import SanadTestSupport

/// Starts the real Gemini front on a free port, with a certificate generated for the test, and
/// talks to it over TLS as a Gemini client does (SNI, one URL, CR LF, read until close).
@Suite struct GeminiFrontTests {
    @Test func rootSearchPromptSearchAnswerNotFoundAndBadRequest() async throws {
        let server = try await GeminiTestServer.start()
        defer { server.stopSoon() }
        let base = "gemini://localhost:\(server.port)"

        let root = try await GeminiTestClient.fetch(base + "/", port: server.port)
        #expect(root.header == "20 text/gemini; charset=utf-8; lang=en")
        #expect(root.body.hasPrefix("# " + UIText.siteTitle(.en) + "\n"))
        // Issue 21: a contact is a => link, one tap on a phone.
        #expect(root.body.contains("\n=> tel:+12025550100 +1 202 555 0100\n"))

        let prompt = try await GeminiTestClient.fetch(base + "/fr/search", port: server.port)
        #expect(prompt.header == "10 " + Catalogue.shortPrompt(.search(nil), .fr))
        #expect(prompt.body.isEmpty)

        let results = try await GeminiTestClient.fetch(base + "/en/search?helpline%20tunisia", port: server.port)
        #expect(results.header == "20 text/gemini; charset=utf-8; lang=en")
        #expect(results.body.contains("=> /en/org/test-helpline Test Helpline"))

        let missing = try await GeminiTestClient.fetch(base + "/en/org/nobody", port: server.port)
        #expect(missing.header == "51 " + UIText.notFound(.en))

        let tooLong = base + "/en/search?" + String(repeating: "a", count: 1025 - (base + "/en/search?").utf8.count)
        #expect(tooLong.utf8.count == 1025)
        #expect(try await GeminiTestClient.fetch(tooLong, port: server.port).header == "59 " + GeminiRequestError.tooLong.message)
        let longest = String(tooLong.dropLast())
        #expect(try await GeminiTestClient.fetch(longest, port: server.port).header.hasPrefix("20 "))

        #expect(try await GeminiTestClient.fetch("https://localhost/", port: server.port).header.hasPrefix("53 "))
        let bareLF = try await GeminiTestClient.exchange(Array((base + "/\n").utf8), port: server.port)
        #expect(bareLF.hasPrefix("59 "))
        let badUTF8 = try await GeminiTestClient.exchange(Array((base + "/").utf8) + [0xFF, 0x0D, 0x0A], port: server.port)
        #expect(badUTF8 == "59 " + GeminiRequestError.invalidUTF8.message + "\r\n")
    }

    /// Every page reachable from the four roots (the interview to its second step) is a success,
    /// a prompt or a redirect, never an error, and every line that looks like a link is one.
    @Test func crawlEveryLinkFromEveryRoot() async throws {
        let server = try await GeminiTestServer.start(rate: GeminiFrontLimits(burst: 100_000))
        defer { server.stopSoon() }
        let base = "gemini://localhost:\(server.port)"
        var queue = ["/", "/fr/", "/es/", "/ar/"]
        var seen = Set(queue)
        var fetched = 0
        while !queue.isEmpty {
            let path = queue.removeFirst()
            let answer = try await GeminiTestClient.fetch(base + path, port: server.port)
            fetched += 1
            let status = answer.header.prefix(2)
            #expect(["10", "20", "30"].contains(status), "\(path): \(answer.header)")
            if status == "30" {
                let target = String(answer.header.dropFirst(3))
                #expect(target.hasPrefix("/"), "\(path) redirects to \(target)")
                if seen.insert(target).inserted { queue.append(target) }
            }
            guard status == "20" else { continue }
            for line in answer.body.split(separator: "\n") where line.hasPrefix("=>") {
                let parts = line.split(separator: " ", maxSplits: 2)
                #expect(parts.count == 3 && parts[0] == "=>", "\(path): \(line)")
                guard parts.count >= 2 else { continue }
                let target = String(parts[1])
                if target.hasPrefix("http://") || target.hasPrefix("https://") { continue }
                if target.hasPrefix("tel:") || target.hasPrefix("mailto:") { continue }  // contacts (issue 21)
                #expect(target.hasPrefix("/"), "\(path): \(line)")
                // The interview branches at every step: follow it to its second step only.
                if target.contains("/interview/"), target.split(separator: "/").count > 4 { continue }
                if seen.insert(target).inserted { queue.append(target) }
            }
        }
        #expect(fetched > 40)
    }

    @Test func theInterviewRedirectsStepByStep() async throws {
        let server = try await GeminiTestServer.start()
        defer { server.stopSoon() }
        let base = "gemini://localhost:\(server.port)"
        #expect(try await GeminiTestClient.fetch(base + "/en/interview", port: server.port).header.hasPrefix("10 Step 1 of 6."))
        #expect(try await GeminiTestClient.fetch(base + "/en/interview?Tunisia", port: server.port).header == "30 /en/interview/TN")
        let step = try await GeminiTestClient.fetch(base + "/en/interview/TN", port: server.port)
        #expect(step.header.hasPrefix("20 "))
        #expect(step.body.contains("=> /en/interview/TN/journalist "))
    }

    @Test func anAddressOverItsRateIsAskedToSlowDown() async throws {
        let server = try await GeminiTestServer.start(rate: GeminiFrontLimits(burst: 2, requestsPerMinute: 6))
        defer { server.stopSoon() }
        let url = "gemini://localhost:\(server.port)/"
        #expect(try await GeminiTestClient.fetch(url, port: server.port).header.hasPrefix("20 "))
        #expect(try await GeminiTestClient.fetch(url, port: server.port).header.hasPrefix("20 "))
        let third = try await GeminiTestClient.fetch(url, port: server.port)
        // 6 a minute: the next request is allowed 10 seconds after the first.
        #expect(["44 9", "44 10"].contains(third.header))
        #expect(third.body.isEmpty)
    }

    @Test func overTheConnectionLimitPerAddressIs44() async throws {
        let server = try await GeminiTestServer.start()
        defer { server.stopSoon() }
        let request = Result<GeminiRequest, GeminiRequestError>.success(GeminiRequest(host: "localhost", path: "/"))
        let refused = server.front.child.response(to: request, admission: .overAddressLimit, address: nil)
        #expect(refused.header == "44 \(GeminiFront.tooManyConnectionsWait)\r\n")
        #expect(server.front.child.response(to: request, admission: .admitted(address: nil), address: nil).status == .success)
    }

    @Test func aSilentClientIsClosedAfterTheHandshakeDeadline() async throws {
        let server = try await GeminiTestServer.start(limits: TestServer.shortLimits)
        defer { server.stopSoon() }
        let clock = ContinuousClock()
        let start = clock.now
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton).connect(host: "127.0.0.1", port: server.port).get()
        try await channel.closeFuture.get()
        let elapsed = clock.now - start
        #expect(elapsed >= .milliseconds(250))
    }

    @Test func aClientThatNeverSendsItsRequestIsClosedAfterTheRequestDeadline() async throws {
        let server = try await GeminiTestServer.start(limits: TestServer.shortLimits)
        defer { server.stopSoon() }
        let clock = ContinuousClock()
        let start = clock.now
        let answer = try await GeminiTestClient.exchange(Array("gemini://localhost/".utf8), port: server.port)
        #expect(answer.isEmpty)
        #expect(clock.now - start < .seconds(25))
    }

    @Test func plaintextOnTheGeminiPortGetsNothing() async throws {
        let server = try await GeminiTestServer.start()
        defer { server.stopSoon() }
        let answer = try await GeminiTestClient.exchange(Array("gemini://localhost/\r\n".utf8), port: server.port, tls: false)
        #expect(!answer.hasPrefix("20"))
    }

    @Test func startupLineNamesTheBoundAddress() async throws {
        let server = try await GeminiTestServer.start()
        defer { server.stopSoon() }
        #expect(server.front.startupLines(fingerprint: "AB") == ["gemini: listening on 127.0.0.1:\(server.port) (TLS, SHA-256 AB)"])
    }
}

