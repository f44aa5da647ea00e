import Foundation

/// Timings of repeated operations, summarised as percentiles.
struct Latency {
    private(set) var samples: [Duration] = []

    mutating func record(_ duration: Duration) { samples.append(duration) }

    /// The `p`-th percentile (0…100), nearest rank.
    func percentile(_ p: Double) -> Duration {
        guard !samples.isEmpty else { return .zero }
        let sorted = samples.sorted()
        let rank = Int((p / 100 * Double(sorted.count)).rounded(.up))
        return sorted[min(max(rank, 1), sorted.count) - 1]
    }

    var maximum: Duration { samples.max() ?? .zero }

    var summary: String {
        "p50 \(Self.milliseconds(percentile(50))), p99 \(Self.milliseconds(percentile(99))), max \(Self.milliseconds(maximum))"
    }

    /// A duration as milliseconds with three decimals ("0.125 ms").
    static func milliseconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        let microseconds = seconds * 1_000_000 + attoseconds / 1_000_000_000_000
        let whole = microseconds / 1_000
        let fraction = String(microseconds % 1_000)
        return "\(whole).\(String(repeating: "0", count: 3 - fraction.count))\(fraction) ms"
    }

    /// A duration as seconds with two decimals ("1.23 s").
    static func seconds(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        let hundredths = seconds * 100 + attoseconds / 10_000_000_000_000_000
        let fraction = String(hundredths % 100)
        return "\(hundredths / 100).\(String(repeating: "0", count: 2 - fraction.count))\(fraction) s"
    }
}

/// Runs `body` and returns its result with how long it took.
func measure<T>(_ body: () throws -> T) rethrows -> (T, Duration) {
    let clock = ContinuousClock()
    let start = clock.now
    let result = try body()
    return (result, clock.now - start)
}

/// Runs `body` and returns its result with the wall-clock time and the CPU time the process
/// spent, on all its threads: on a machine busy with other work, CPU time is what the code
/// itself costs. Work spread over several cores (directory loading) shows CPU above wall time.
func measureWithCPU<T>(_ body: () throws -> T) rethrows -> (T, wall: Duration, cpu: Duration) {
    let cpuStart = processCPUTime()
    let (result, wall) = try measure(body)
    return (result, wall, processCPUTime() - cpuStart)
}

/// CPU time used by this process, all threads, so far.
func processCPUTime() -> Duration {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return .seconds(time.tv_sec) + .nanoseconds(time.tv_nsec)
}
