import NIOCore
import Testing
@testable import SanadServer

@Suite struct LineFrontDeadlinesTests {
    let limits = LineFrontLimits(idleTimeout: .minutes(10), idleWarningBefore: .minutes(1), sessionLength: .hours(1), closeGrace: .seconds(10))

    @Test func clocksThenIdleClose() {
        var deadlines = LineFrontDeadlines(limits: limits)
        #expect(deadlines.started() == [
            .schedule(.session, .hours(1)),
            .cancel(.idleWarning), .schedule(.idleWarning, .minutes(9)), .schedule(.idle, .minutes(10)),
        ])
        #expect(deadlines.lineReceived() == [.cancel(.idleWarning), .schedule(.idleWarning, .minutes(9)), .schedule(.idle, .minutes(10))])
        #expect(deadlines.fired(.idleWarning) == [.emit(.idleWarning)])
        let closing = deadlines.fired(.idle)
        #expect(closing.contains(.emit(.idleTimeout)))
        #expect(closing.contains(.cancel(.session)))
        #expect(closing.last == .schedule(.grace, .seconds(10)))
        // Once closing, lines and other clocks change nothing; the grace timer closes.
        #expect(deadlines.lineReceived().isEmpty)
        #expect(deadlines.fired(.session).isEmpty)
        #expect(deadlines.fired(.grace) == [.close])
    }

    @Test func sessionLengthAndFlood() {
        var deadlines = LineFrontDeadlines(limits: limits)
        #expect(deadlines.fired(.session).contains(.emit(.sessionTimeout)))
        var flooded = LineFrontDeadlines(limits: limits)
        let actions = flooded.flooded()
        #expect(actions.last == .schedule(.grace, .seconds(10)))
        #expect(!actions.contains { if case .emit = $0 { return true } else { return false } })
        #expect(flooded.fired(.idle).isEmpty)
    }

    @Test func shutdownSaysGoodbyeThenTheGraceTimerCloses() {
        var deadlines = LineFrontDeadlines(limits: limits)
        _ = deadlines.started()
        let actions = deadlines.shuttingDown()
        #expect(actions.contains(.emit(.shutdown)))
        #expect(actions.contains(.cancel(.session)) && actions.contains(.cancel(.idle)))
        #expect(actions.last == .schedule(.grace, .seconds(10)))
        // Said once; a timeout after it changes nothing; the grace timer closes.
        #expect(deadlines.shuttingDown().isEmpty)
        #expect(deadlines.fired(.idle).isEmpty)
        #expect(deadlines.fired(.grace) == [.close])
        // A session already closing (a timeout said its goodbye) is not told twice.
        var timedOut = LineFrontDeadlines(limits: limits)
        _ = timedOut.fired(.session)
        #expect(timedOut.shuttingDown().isEmpty)
    }

    @Test func aWarningLongerThanTheTimeoutIsSkipped() {
        let short = LineFrontLimits(idleTimeout: .seconds(30), idleWarningBefore: .minutes(1))
        #expect(short.idleWarningAfter == nil)
        var deadlines = LineFrontDeadlines(limits: short)
        #expect(!deadlines.started().contains(where: { if case .schedule(.idleWarning, _) = $0 { return true } else { return false } }))
        #expect(deadlines.lineReceived() == [.cancel(.idleWarning), .schedule(.idle, .seconds(30))])
    }
}
