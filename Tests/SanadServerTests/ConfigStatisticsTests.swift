import Foundation
import Logging
import NIOConcurrencyHelpers
import Testing
@testable import SanadServer
import SanadTLS
import SanadTestSupport

/// The counters behind the summary line, and the debugging switch that alone may log requests.
@Suite struct ConfigStatisticsTests {
    /// Keeps every message logged through it.
    struct RecordingHandler: LogHandler {
        let lines: NIOLockedValueBox<[String]>
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace
        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }
        func log(event: LogEvent) { lines.withLockedValue { $0.append("\(event.message)") } }
    }

    static func recordingLogger() -> (Logger, NIOLockedValueBox<[String]>) {
        let lines = NIOLockedValueBox<[String]>([])
        return (Logger(label: "test") { _ in RecordingHandler(lines: lines) }, lines)
    }

    /// Serves two good requests and an unknown page, and returns what was logged.
    static func serve(logRequests: Bool) async throws -> (ServerStatistics, ConnectionLimiter, [String]) {
        let (logger, lines) = recordingLogger()
        let stateDirectory = NSTemporaryDirectory() + "sanad-stats-test-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: stateDirectory) }
        let credentials = try SelfSignedCertificate.loadOrGenerate(stateDirectory: stateDirectory).credentials
        let configuration = ServerConfiguration(hosts: ["127.0.0.1"], gopherPort: 0, publicHost: "localhost", stateDirectory: stateDirectory, limits: TestServer.limits)
        let statistics = ServerStatistics(logRequests: logRequests)
        let limiter = ConnectionLimiter(limits: TestServer.limits)
        let server = try await FrontServer<GopherFront>.bind(
            configuration: configuration, store: CatalogueStore(TestDirectory.catalogue()), transport: try .testing(credentials),
            limiter: limiter, statistics: statistics, logger: logger
        )
        let task = Task { try await server.run() }
        _ = try await TestClient.request("/", port: server.listeners[0].port)
        _ = try await TestClient.request("/en/search\tsecret words", port: server.listeners[0].port)
        _ = try await TestClient.request("/en/org/no-such-organisation", port: server.listeners[0].port)
        server.close()
        _ = await task.result
        return (statistics, limiter, lines.withLockedValue { $0 })
    }

    @Test func requestsAndErrorsAreCountedAndNothingSentIsLoggedByDefault() async throws {
        let (statistics, limiter, lines) = try await Self.serve(logRequests: false)
        let (logger, _) = Self.recordingLogger()
        let reporter = StatisticsReporter(statistics: statistics, limiter: limiter, reloader: nil, interval: .seconds(300), logger: logger)
        let summary = reporter.summary()
        #expect(summary.hasPrefix("summary (300 s): requests gopher 3, line 0, gemini 0, web 0; errors 1 (gopher 1); gopher mean "), "\(summary)")
        #expect(summary.hasSuffix("; 0 open connections"))
        #expect(!lines.contains { $0.contains("secret") || $0.contains("no-such-organisation") }, "\(lines)")
        // The interval starts over after each summary.
        #expect(statistics.takeInterval() == ServerStatistics.Interval())
    }

    @Test func theDebuggingSwitchLogsSelectorsAndQueries() async throws {
        let (_, _, lines) = try await Self.serve(logRequests: true)
        #expect(lines.contains { $0.contains("selector /en/search query secret words") }, "\(lines)")
    }
}
