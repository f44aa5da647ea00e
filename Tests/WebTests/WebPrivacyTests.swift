import Foundation
import Logging
import NIOConcurrencyHelpers
import SanadServer
import SanadTLS
import SanadTestSupport
import Testing

/// Nothing a request carries reaches a log: the real fronts (the web alone, and Gopher with
/// the web on one port) with a logger at trace level that keeps every line, a marker sent in
/// the path, the query, a header, a form body and a Gopher selector, on every route and every
/// refusal; the marker is nowhere in what was logged.
@Suite struct WebPrivacyTests {
    static let marker = "ZQXMARKER7741"

    @Test func noRequestContentInAnyLog() async throws {
        let lines = LogLines()
        var logger = Logger(label: "sanad-privacy") { _ in CapturingLogHandler(lines: lines) }
        logger.logLevel = .trace
        let (stateDirectory, credentials) = try WebTestServer.makeCredentials(prefix: "sanad-privacy-")
        defer { try? FileManager.default.removeItem(atPath: stateDirectory) }
        let configuration = ServerConfiguration(
            hosts: ["127.0.0.1"], gopherPort: 0, stateDirectory: stateDirectory, allowPlaintext: true, limits: TestServer.limits,
            webPort: 0, webOnGopherPort: true, webLimits: WebFrontLimits(headerTimeout: .seconds(1))
        )
        let statistics = ServerStatistics()
        let fronts = try await Fronts.bind(
            configuration: configuration, store: CatalogueStore(TestDirectory.catalogue()), transport: try .testing(credentials),
            limiter: ConnectionLimiter(limits: configuration.limits), statistics: statistics, logger: logger
        )
        let tasks = fronts.services.map { service in Task { try await service.run() } }
        defer { fronts.close() }
        let web = try #require(fronts.web?.port)
        let shared = try #require(fronts.gopherAndWeb?.port)
        let m = Self.marker
        let paths = [
            "/", "/en/", "/ar/org/test-helpline", "/en/refer", "/en/search", "/en/interview", "/en/safety", "/leave", "/en/about",
            "/en/org/\(m)", "/\(m)", "/en/refer/\(m)", "/en/search?q=\(m)", "/en/interview/\(m)", "/api/v1/\(m)",
        ]
        for port in [web, shared] {
            for tls in [true, false] {
                try await WebTestClient.withConnection(port: port, tls: tls) { connection in
                    for path in paths {
                        _ = try await connection.request("GET", path + (path.contains("?") ? "&" : "?") + "x=\(m)", headers: [("X-Marker", m), ("Cookie", m)])
                        _ = try await connection.request("POST", path, headers: [("User-Agent", m)], body: WebTestClient.form([
                            ("q", m), ("country", m), ("who", m), ("urgency", m),
                        ]))
                    }
                }
                // The refusals: an oversized header, an oversized body, garbage, a slow header.
                _ = try await WebTestClient.fetch("/\(m)", port: port, tls: tls, headers: [("X-Big", m + String(repeating: "a", count: 9000))])
                _ = try await WebTestClient.fetch("POST", "/\(m)", port: port, tls: tls, body: Array((m + String(repeating: "b", count: 5000)).utf8))
                _ = try await WebTestClient.withConnection(port: port, tls: tls) { connection in
                    try await connection.send("GET /\(m) HTTP/1.1\r\n\(m)\r\n\r\n")
                    return try await connection.response()
                }
                _ = try await WebTestClient.withConnection(port: port, tls: tls) { connection in
                    try await connection.send("GET /\(m) HTTP/1.1\r\nX: \(m)\r\n")
                    return try await connection.response()
                }
            }
        }
        _ = try await TestClient.request("/en/\(m)\t\(m)", port: shared)
        _ = try await TestClient.request("/\(m)", port: shared, tls: false)
        fronts.close()
        for task in tasks { _ = await task.result }
        let logged = lines.all
        #expect(!logged.joined(separator: "\n").contains(m), "\(logged.filter { $0.contains(m) })")
        #expect(statistics.takeInterval().requests[.web, default: 0] > 100, "the requests were answered")
    }
}

/// Every line logged, message and metadata.
final class LogLines: Sendable {
    private let box = NIOLockedValueBox<[String]>([])
    func append(_ line: String) { box.withLockedValue { $0.append(line) } }
    var all: [String] { box.withLockedValue { $0 } }
}

/// A log handler that keeps what it is given.
struct CapturingLogHandler: LogHandler {
    let lines: LogLines
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        lines.append("\(event.level) \(event.message) \(event.metadata ?? [:]) \(metadata) \(event.source) \(String(describing: event.error))")
    }
}
