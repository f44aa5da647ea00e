import Foundation
import Logging
import Memberwise
import ServiceLifecycle

/// Logs one summary line every interval: requests and errors per front, the mean Gopher
/// response time, open connections and reloads. Run it as a service beside the fronts.
@MemberwiseInit
public final class StatisticsReporter: ServiceLifecycle.Service, Sendable {
    private let statistics: ServerStatistics
    private let limiter: ConnectionLimiter
    private let reloader: DirectoryReloader?
    private let interval: Duration
    private let logger: Logger

    /// Logs a summary every interval until graceful shutdown or cancellation.
    public func run() async throws {
        do {
            try await cancelWhenGracefulShutdown {
                while true {
                    try await Task.sleep(for: self.interval)
                    self.logger.info("\(self.summary())")
                }
            }
        } catch is CancellationError {
        }
    }

    /// `summary (300 s): gopher 1200 requests, line 40, gemini 0; errors 3 (gopher 3); gopher mean 0.4 ms; 12 open connections; reloads 2 ok, 0 failed`
    public func summary() -> String {
        let counts = statistics.takeInterval()
        let fronts = ServerStatistics.Front.allCases
        let requests = fronts.map { "\($0.rawValue) \(counts.requests[$0, default: 0])" }.joined(separator: ", ")
        let errorTotal = counts.errors.values.reduce(0, +)
        let errorParts = fronts.compactMap { front in counts.errors[front].map { "\(front.rawValue) \($0)" } }
        let errors = errorTotal == 0 ? "errors 0" : "errors \(errorTotal) (\(errorParts.joined(separator: ", ")))"
        let gopherRequests = counts.requests[.gopher, default: 0]
        let mean = gopherRequests == 0 ? "" : "; gopher mean \(Self.format(counts.gopherTime / gopherRequests)) ms"
        var line = "summary (\(interval.components.seconds) s): requests \(requests); \(errors)\(mean); \(limiter.openConnections) open connections"
        if let reloads = reloader?.statistics { line += "; reloads \(reloads.succeeded) ok, \(reloads.failed) failed" }
        return line
    }

    static func format(_ duration: Duration) -> String {
        let microseconds = duration.components.seconds * 1_000_000 + duration.components.attoseconds / 1_000_000_000_000
        return String(format: "%.2f", Double(microseconds) / 1000)
    }
}
