/// Spaces requests to one host by at least an interval, measured between the moments each
/// caller is let through: a caller delayed after its turn pushes the next one back too, so a
/// busy machine never sends two requests closer than the interval.
actor HostRateLimiter {
    let interval: Duration
    var lastSent: [String: ContinuousClock.Instant] = [:]

    init(interval: Duration) { self.interval = interval }

    /// Waits until a request to `host` may go out; returns the moment it was let through.
    @discardableResult
    func wait(for host: String) async -> ContinuousClock.Instant {
        while true {
            let now = ContinuousClock.now
            if let last = lastSent[host], now < last + interval {
                // Others may be let through while this one sleeps: look again on waking.
                try? await Task.sleep(until: last + interval, clock: .continuous)
                if Task.isCancelled { return .now }
                continue
            }
            lastSent[host] = now
            return now
        }
    }
}
