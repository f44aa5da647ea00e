import Catalogue
import Foundation
import SanadServer
import SanadTestSupport
import Testing
import Web
import WebAPI

/// The JSON API and the HSDS API over the real web front (TLS, HTTP/1.1, the front's limits and
/// common headers), on port 0: the responders are in the front's list and answer as they do as
/// pure functions.
@Suite struct APIEndToEndTests {
    static let referBody = Array(#"{"country": "TN", "who": ["journalist"], "needs": ["protection_grant"], "lang": "fr"}"#.utf8)
    static let json = [("Content-Type", "application/json")]

    @Test func referOverTLSIsTheResponderAnswerWithTheFrontsHeaders() async throws {
        let server = try await WebTestServer.start()
        defer { server.stopSoon() }
        let response = try await WebTestClient.fetch("POST", "/api/v1/refer", port: server.port, headers: Self.json, body: Self.referBody)
        #expect(response.status == 200)
        #expect(response.header("Content-Type") == "application/json")
        #expect(response.header("Cache-Control") == "no-store")
        #expect(response.header("Content-Length") == String(response.body.count))
        let direct = APIResponder().respond(
            to: WebRequest(method: "POST", path: "/api/v1/refer", headers: [HeaderField("Content-Type", "application/json")], body: Self.referBody),
            catalogue: TestDirectory.catalogue(), generation: 0)
        #expect(response.body == direct?.body)
        #expect(response.text.contains("\"profile\""))
    }

    @Test func errorsLimitsAndMethodsPassThroughTheFront() async throws {
        let server = try await WebTestServer.start()
        defer { server.stopSoon() }
        try await WebTestClient.withConnection(port: server.port) { connection in
            // Keep-alive: several API requests on one connection.
            let missing = try #require(try await connection.request("GET", "/api/v1/nothing"))
            #expect(missing.status == 404)
            #expect(missing.header("Content-Type") == "application/problem+json")
            let method = try #require(try await connection.request("GET", "/api/v1/refer"))
            #expect(method.status == 405)
            #expect(method.header("Allow") == "POST")
            let media = try #require(try await connection.request("POST", "/api/v1/refer", headers: [("Content-Type", "text/plain")], body: Self.referBody))
            #expect(media.status == 415)
            let french = try #require(try await connection.request("POST", "/api/v1/refer", headers: Self.json + [("Accept-Language", "fr")], body: Array(#"{"who": 3}"#.utf8)))
            #expect(french.status == 400)
            #expect(french.text.contains("Le champ « who » doit être une liste de chaînes de caractères."))
            let head = try #require(try await connection.request("HEAD", "/api/v1/openapi.json"))
            #expect(head.status == 200)
            #expect(head.body.isEmpty)
            #expect(head.header("Content-Length") == String(APIDocument.bytes.count))
        }
        // The front's body limit for the API (16 KiB): 413 before any responder.
        let big = Array(#"{"who": ["#.utf8) + Array(repeating: UInt8(ascii: " "), count: 17 * 1024) + Array("]}".utf8)
        let tooLarge = try await WebTestClient.fetch("POST", "/api/v1/refer", port: server.port, headers: Self.json, body: big)
        #expect(tooLarge.status == 413)
    }

    @Test func theHSDSAPIAnswersOverTheFront() async throws {
        let server = try await WebTestServer.start()
        defer { server.stopSoon() }
        let root = try await WebTestClient.fetch("/hsds/", port: server.port, headers: [("Host", "sanad.test")])
        #expect(root.status == 200)
        // The operator's public host (the test server's is localhost), never the Host header a
        // client chose.
        #expect(root.text.contains("\"openapi_url\":\"https://localhost/api/v1/openapi.json\""))
        let page = try await WebTestClient.fetch("/hsds/organizations?per_page=2&lang=ar", port: server.port)
        #expect(page.status == 200)
        #expect(page.header("Content-Language") == "ar")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(page.body)) as? [String: Any])
        #expect(object["total_items"] as? Int == 3)
        #expect((object["contents"] as? [Any])?.count == 2)
        let search = try await WebTestClient.fetch("POST", "/hsds/services", port: server.port, headers: Self.json, body: Array(#"{"search": "help"}"#.utf8))
        #expect(search.status == 200)
        #expect(search.header("Cache-Control") == "no-store")
        // The HTML pages still answer everything else.
        let html = try await WebTestClient.fetch("/en/", port: server.port)
        #expect(html.header("Content-Type")?.hasPrefix("text/html") == true)
    }
}
