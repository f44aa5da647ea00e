import NIOConcurrencyHelpers
import NIOCore

/// Limits the request rate per client address for the Gemini front; an address over its rate is
/// answered `44 <seconds>` (slow down).
///
/// The generic cell rate algorithm: one deadline per address, the "theoretical arrival time".
/// An address is forgotten once its burst is whole again, so the table holds only recent
/// clients. IPv6 clients are counted per /64 (one subscriber's prefix), IPv4 per address.
/// Everything lives in memory; nothing is logged or written.
public final class GeminiFrontRateLimiter: Sendable {
    private let state: NIOLockedValueBox<GeminiFrontRateState>

    public init(limits: GeminiFrontLimits = GeminiFrontLimits()) {
        state = NIOLockedValueBox(GeminiFrontRateState(limits: limits))
    }

    /// Counts one request from `address` at `now`: nil when it may be answered, else the whole
    /// seconds to wait. A request without an address (a Unix socket) is not limited.
    public func check(_ address: SocketAddress?, now: NIODeadline = .now()) -> Int? {
        guard let key = address.flatMap(Self.key) else { return nil }
        return state.withLockedValue { $0.take(key, now: now) }
    }

    /// Addresses currently remembered (for tests).
    var trackedAddresses: Int { state.withLockedValue { $0.count } }

    /// The address, or its /64 for IPv6: the same key as the connection limit's.
    static func key(_ address: SocketAddress) -> String? { ConnectionLimiter.key(address) }
}

/// The rate limiter's state machine: plain values, the clock an input, unit-testable.
struct GeminiFrontRateState: Sendable {
    let interval: TimeAmount
    /// How far ahead of `now` an address's arrival time may run: the burst, less one request.
    let tolerance: TimeAmount
    let maximumAddresses: Int
    private var arrival: [String: NIODeadline] = [:]

    init(limits: GeminiFrontLimits) {
        interval = limits.interval
        tolerance = .nanoseconds(limits.interval.nanoseconds * Int64(limits.burst - 1))
        maximumAddresses = limits.maximumTrackedAddresses
    }

    var count: Int { arrival.count }

    /// nil when the request may go ahead (and is counted), else the whole seconds to wait.
    mutating func take(_ key: String, now: NIODeadline) -> Int? {
        if arrival[key] == nil, arrival.count >= maximumAddresses {
            forgetIdle(now: now)
            if arrival.count >= maximumAddresses { return Self.seconds(interval) }
        }
        let theoretical = max(arrival[key] ?? now, now)
        let ahead = theoretical - now
        if ahead > tolerance {
            return Self.seconds(ahead - tolerance)
        }
        arrival[key] = theoretical + interval
        return nil
    }

    /// Drops every address whose burst is whole again: it would start afresh anyway.
    private mutating func forgetIdle(now: NIODeadline) {
        arrival = arrival.filter { $0.value > now }
    }

    /// A wait rounded up to whole seconds, at least one.
    static func seconds(_ amount: TimeAmount) -> Int {
        max(1, Int((amount.nanoseconds + 999_999_999) / 1_000_000_000))
    }
}
