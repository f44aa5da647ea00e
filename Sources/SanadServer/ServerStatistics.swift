import Logging
import NIOConcurrencyHelpers

/// Counts of what the fronts did, for the periodic summary line: requests and errors per front,
/// and the time spent answering Gopher requests. Counts only: nothing a user sent is kept.
///
/// ``logRequests`` is the debugging switch (`logging.log_requests`): only when it is on do the
/// fronts log selectors and queries, through ``logRequest(_:_:logger:)``. It is off by default
/// and must stay off in production.
public final class ServerStatistics: Sendable {
    /// The fronts counted.
    public enum Front: String, Sendable, Hashable, CaseIterable {
        case gopher, line, gemini, web
    }

    /// The counts of one interval.
    public struct Interval: Sendable, Hashable {
        /// Requests answered (for the line interface: lines received).
        public var requests: [Front: Int] = [:]
        /// Requests answered with an error, and connections that ended in one (a timeout, a
        /// failed handshake, a reset).
        public var errors: [Front: Int] = [:]
        /// Time spent from a complete Gopher request to its response being written.
        public var gopherTime: Duration = .zero
    }

    private let interval = NIOLockedValueBox(Interval())
    /// Whether selectors and queries are logged (debugging only).
    public let logRequests: Bool

    public init(logRequests: Bool = false) {
        self.logRequests = logRequests
    }

    /// Counts one request, and an error when `failed`.
    public func recordRequest(_ front: Front, failed: Bool = false, duration: Duration? = nil) {
        interval.withLockedValue {
            $0.requests[front, default: 0] += 1
            if failed { $0.errors[front, default: 0] += 1 }
            if let duration, front == .gopher { $0.gopherTime += duration }
        }
    }

    /// Counts a connection that ended in an error.
    public func recordError(_ front: Front) {
        interval.withLockedValue { $0.errors[front, default: 0] += 1 }
    }

    /// The counts since the last call, and starts a new interval.
    public func takeInterval() -> Interval {
        interval.withLockedValue { counts in
            defer { counts = Interval() }
            return counts
        }
    }

    /// Logs what a user asked, only when the debugging switch is on.
    public func logRequest(_ front: Front, _ text: @autoclosure () -> String, logger: Logger) {
        guard logRequests else { return }
        logger.notice("\(front.rawValue) request (log_requests is on): \(text())")
    }
}
