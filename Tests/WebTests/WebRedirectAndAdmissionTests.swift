import Foundation
import Logging
import SanadServer
import SanadTLS
import SanadTestSupport
import Testing

/// The plain HTTP port that only redirects to HTTPS, and a client over its address's
/// connection limit, through `Fronts.bind` as `sanad serve` binds them.
@Suite struct WebRedirectAndAdmissionTests {
    @Test func redirectPortAnswersOnly301ToHTTPS() async throws {
        let (stateDirectory, credentials) = try WebTestServer.makeCredentials(prefix: "sanad-redirect-")
        defer { try? FileManager.default.removeItem(atPath: stateDirectory) }
        let configuration = ServerConfiguration(
            hosts: ["127.0.0.1"], gopherPort: nil, stateDirectory: stateDirectory, limits: TestServer.limits,
            webRedirectPort: 0
        )
        let fronts = try await Fronts.bind(
            configuration: configuration, store: CatalogueStore(TestDirectory.catalogue()), transport: try .testing(credentials),
            limiter: ConnectionLimiter(limits: configuration.limits), statistics: ServerStatistics(), logger: Logger(label: "test")
        )
        let tasks = fronts.services.map { service in Task { try await service.run() } }
        defer { fronts.close() }
        let port = try #require(fronts.webRedirect?.port)
        let lines = fronts.startupLines(fingerprint: "AB")
        #expect(lines.contains("web: listening on 127.0.0.1:\(port) (plain HTTP, redirects to HTTPS)"))
        try await WebTestClient.withConnection(port: port, tls: false) { connection in
            for path in ["/", "/en/org/test-helpline?x=1", "/leave"] {
                let response = try #require(try await connection.request("GET", path, headers: [("Host", "sanad.example:80")]))
                #expect(response.status == 301)
                #expect(response.header("Location") == "https://sanad.example" + path, "\(path)")
                #expect(response.body.isEmpty)
                WebChecks.expectCommonHeaders(response, "redirect " + path)
            }
        }
        fronts.close()
        for task in tasks { _ = await task.result }
    }

    /// Over its address's limit, a browser gets 503 with `Retry-After`, once, and the
    /// connection closes.
    @Test func overTheAddressLimitIs503() async throws {
        var limits = TestServer.limits
        limits.maximumConnectionsPerAddress = 1
        let server = try await WebTestServer.start(limits: limits)
        defer { server.stopSoon() }
        try await WebTestClient.withConnection(port: server.port) { first in
            #expect(try await first.request("GET", "/")?.status == 200)
            let refused = try await WebTestClient.fetch("/", port: server.port)
            #expect(refused.status == 503)
            #expect(refused.header("Retry-After") == "5")
            #expect(refused.header("Connection") == "close")
            WebChecks.expectCommonHeaders(refused, "503")
            #expect(try await first.request("GET", "/fr/")?.status == 200)
        }
    }
}
