import Testing
@testable import SourceCheck

/// The per-host interval, measured where the limiter lets requests through.
@Suite struct HostRateLimiterTests {
    @Test func requestsToOneHostAreSpacedAndOtherHostsDoNotWait() async {
        let limiter = HostRateLimiter(interval: .milliseconds(100))
        let start = ContinuousClock.now
        let times = await withTaskGroup(of: (String, ContinuousClock.Instant).self) { group in
            for host in ["a", "a", "a", "b"] {
                group.addTask { (host, await limiter.wait(for: host)) }
            }
            var all: [(String, ContinuousClock.Instant)] = []
            for await pair in group { all.append(pair) }
            return all
        }
        let a = times.filter { $0.0 == "a" }.map(\.1).sorted()
        #expect(a.count == 3)
        for (x, y) in zip(a, a.dropFirst()) {
            #expect(y - x >= .milliseconds(100), "\(y - x)")
        }
        // Host b is let through without waiting for a's queue (a's last turn is 200 ms in).
        let b = times.first { $0.0 == "b" }!.1
        #expect(b < a[2])
        #expect(a[2] - start >= .milliseconds(200))
    }
}
