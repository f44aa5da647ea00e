import Foundation
import NIOCore
import Testing
@testable import SanadServer
import SanadTestSupport
import SanadTLS

/// Starts the real server on a free port and talks to it over TLS like a Gopher client.
@Suite struct GopherServerEndToEndTests {
    /// Every menu reachable from the root, in every language, is well formed, and no link of any
    /// kind (menu, document, search with words) leads to an error.
    @Test func crawlEveryMenuFromEveryRoot() async throws {
        let server = try await TestServer.start()
        let port = server.port
        var queue = ["", "/fr/", "/es/", "/ar/"].map { (type: Character("1"), selector: $0) }
        var seen = Set(queue.map(\.selector))
        var fetched = 0
        while !queue.isEmpty {
            let (type, selector) = queue.removeFirst()
            let line = type == "7" ? selector + "\ttest" : selector
            let text = try await TestClient.request(line, port: port).text
            fetched += 1
            #expect(!text.hasPrefix("3"), "error for \(selector): \(text)")
            if type == "0" {
                #expect(MenuSyntax.checkDocument(text) == nil, "\(selector): \(String(describing: MenuSyntax.checkDocument(text)))")
                continue
            }
            switch MenuSyntax.parseMenu(text) {
            case .failure(let error):
                Issue.record("\(selector): \(error)")
            case .success(let items):
                for item in items {
                    switch item.type {
                    case "i", "3":
                        #expect(item.type == "i", "error item in \(selector)")
                        #expect(item.host == "error.host" && item.port == "1" && item.selector.isEmpty)
                    case "h":
                        #expect(item.selector.hasPrefix("URL:https://") || item.selector.hasPrefix("URL:http://"))
                    default:
                        #expect(item.host == "localhost" && item.port == String(port), "\(item)")
                        // The interview branches at every step: follow it to its second step only
                        // (GopherInterviewEndToEndTests goes through it to the end).
                        if item.selector.contains("/interview/"), item.selector.split(separator: "/").count > 3 { continue }
                        if seen.insert(item.selector + String(item.type)).inserted {
                            queue.append((item.type, item.selector))
                        }
                    }
                }
            }
        }
        #expect(fetched > 20)
        await server.stop()
    }

    /// A `URL:` selector for an address the directory publishes gets the web's leaving page
    /// (the server wires the one HTML writer into the Gopher front); any other, the refusal.
    @Test func urlSelectorsGetTheLeavingPageFromTheRealServer() async throws {
        let server = try await TestServer.start()
        let page = try await TestClient.request("URL:https://helpline.example", port: server.port).text
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(page.contains("content=\"0; url=https://helpline.example\""))
        #expect(page.contains("<p lang=\"fr\">Ce lien mène hors de Gopher :</p>"))
        let refused = try await TestClient.request("URL:https://evil.example/", port: server.port).text
        #expect(refused.hasPrefix("3This server only opens addresses its directory lists"))
        await server.stop()
    }

    @Test func rootMenuNamesTheEmergencyNumberAndEndsWithDot() async throws {
        let server = try await TestServer.start()
        let root = try await TestClient.request("/", port: server.port).text
        #expect(root.contains("+1 202 555 0100"))
        #expect(root.hasSuffix("\r\n.\r\n"))
        // The same answer for the empty selector, a Gopher+ marker and /en/.
        #expect(try await TestClient.request("", port: server.port).text == root)
        #expect(try await TestClient.request("/\t$", port: server.port).text == root)
        #expect(try await TestClient.request("/en/", port: server.port).text == root)
        await server.stop()
    }

    @Test func searchAfterTheTab() async throws {
        let server = try await TestServer.start()
        let results = try await TestClient.request("/en/search\thelpline", port: server.port).text
        #expect(results.contains("\t/en/org/test-helpline\tlocalhost\t"))
        await server.stop()
    }

    @Test func plaintextIsServedWhenAllowed() async throws {
        let server = try await TestServer.start(allowPlaintext: true)
        let plain = try await TestClient.request("/", port: server.port, tls: false).text
        let secure = try await TestClient.request("/", port: server.port).text
        #expect(plain == secure)
        #expect(plain.contains("+1 202 555 0100"))
        await server.stop()
    }

    @Test func ipv6Loopback() async throws {
        // Hosts without IPv6 cannot bind ::1; that is the host's limit, not the server's.
        guard let server = try? await TestServer.start(hosts: ["::1"]) else { return }
        #expect(server.server.listeners[0].hostAndPort.hasPrefix("[::1]:"))
        let root = try await TestClient.exchange(port: server.port, host: "::1", send: Array("/\r\n".utf8)).text
        #expect(root.contains("+1 202 555 0100"))
        await server.stop()
    }

    @Test func generatedCertificateIsKeptAndReused() throws {
        let directory = NSTemporaryDirectory() + "sanad-cert-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let first = try SelfSignedCertificate.loadOrGenerate(stateDirectory: directory)
        let second = try SelfSignedCertificate.loadOrGenerate(stateDirectory: directory)
        #expect(first.generated && !second.generated)
        #expect(first.credentials.fingerprint == second.credentials.fingerprint)
        #expect(first.credentials.fingerprint.split(separator: ":").count == 32)
        #expect(first.credentials.publicKeyPin.hasPrefix("sha256//"))
        let attributes = try FileManager.default.attributesOfItem(atPath: directory + "/" + SelfSignedCertificate.keyFileName)
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
    }
}
