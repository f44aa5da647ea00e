/// Spaces requests to one host by at least an interval: each caller reserves the next free
/// slot for its host, then sleeps until it.
actor HostRateLimiter {
    let interval: Duration
    var nextSlot: [String: ContinuousClock.Instant] = [:]

    init(interval: Duration) { self.interval = interval }

    /// Waits until a request to `host` may go out.
    func reserve(_ host: String) -> ContinuousClock.Instant {
        let now = ContinuousClock.now
        let slot = max(now, nextSlot[host] ?? now)
        nextSlot[host] = slot + interval
        return slot
    }

    nonisolated func wait(for host: String) async {
        let slot = await reserve(host)
        try? await Task.sleep(until: slot, clock: .continuous)
    }
}
