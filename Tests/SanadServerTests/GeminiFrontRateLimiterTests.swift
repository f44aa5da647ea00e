import NIOCore
import Testing
@testable import SanadServer

@Suite struct GeminiFrontRateLimiterTests {
    let start = NIODeadline.uptimeNanoseconds(1_000_000_000_000)

    @Test func aBurstThenTheSustainedRate() {
        var state = GeminiFrontRateState(limits: GeminiFrontLimits(burst: 3, requestsPerMinute: 60))
        for _ in 0..<3 { #expect(state.take("a", now: start) == nil) }
        #expect(state.take("a", now: start) == 1)
        #expect(state.take("a", now: start + .milliseconds(999)) == 1)
        #expect(state.take("a", now: start + .seconds(1)) == nil)
        #expect(state.take("a", now: start + .seconds(1)) == 1)
        // Another address has its own burst.
        #expect(state.take("b", now: start) == nil)
    }

    @Test func aRefusedRequestDoesNotPushTheWaitFurther() {
        var state = GeminiFrontRateState(limits: GeminiFrontLimits(burst: 1, requestsPerMinute: 6))
        #expect(state.take("a", now: start) == nil)
        for _ in 0..<100 { #expect(state.take("a", now: start) == 10) }
        #expect(state.take("a", now: start + .seconds(10)) == nil)
    }

    @Test func theTableIsBoundedAndForgetsAddressesWhoseBurstIsWhole() {
        var state = GeminiFrontRateState(limits: GeminiFrontLimits(burst: 2, requestsPerMinute: 60, maximumTrackedAddresses: 2))
        #expect(state.take("a", now: start) == nil)
        #expect(state.take("b", now: start) == nil)
        // Full, and nobody can be forgotten yet: a new address waits.
        #expect(state.take("c", now: start) != nil)
        #expect(state.count == 2)
        // A second later both bursts are whole again: they are forgotten and c is served.
        #expect(state.take("c", now: start + .seconds(1)) == nil)
        #expect(state.count == 1)
    }

    @Test func ipv6IsCountedPerSlash64AndMappedIPv4PerAddress() throws {
        let a = try SocketAddress(ipAddress: "2001:db8:1:2::1", port: 1)
        let b = try SocketAddress(ipAddress: "2001:db8:1:2:ffff::9", port: 2)
        let c = try SocketAddress(ipAddress: "2001:db8:1:3::1", port: 1)
        #expect(GeminiFrontRateLimiter.key(a) == GeminiFrontRateLimiter.key(b))
        #expect(GeminiFrontRateLimiter.key(a) != GeminiFrontRateLimiter.key(c))
        let mapped = try SocketAddress(ipAddress: "::ffff:192.0.2.7", port: 1)
        #expect(GeminiFrontRateLimiter.key(mapped) == "192.0.2.7")
        #expect(GeminiFrontRateLimiter.key(try SocketAddress(ipAddress: "192.0.2.7", port: 5)) == "192.0.2.7")
    }

    @Test func theLimiterCountsAddressesAndLetsAddresslessRequestsThrough() throws {
        let limiter = GeminiFrontRateLimiter(limits: GeminiFrontLimits(burst: 1, requestsPerMinute: 60))
        let address = try SocketAddress(ipAddress: "192.0.2.1", port: 1)
        #expect(limiter.check(address, now: start) == nil)
        #expect(limiter.check(address, now: start) == 1)
        #expect(limiter.check(nil, now: start) == nil)
        #expect(limiter.trackedAddresses == 1)
    }
}
