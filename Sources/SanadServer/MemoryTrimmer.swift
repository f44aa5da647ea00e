#if canImport(Glibc)
import Glibc
#endif
import ServiceLifecycle

/// Gives memory back to the system after a flood of connections ends. glibc keeps freed heap
/// for reuse, so after 4,000 idle connections close the process stays at its peak (the probe:
/// 325 MB, 50 MB after `malloc_trim(0)`), which eats the unit's `MemoryHigh` for the next
/// flood. Every ``interval`` it looks at the open connections and, once they have fallen far
/// below their peak since the last trim, calls `malloc_trim(0)` (looked up at run time: it is
/// glibc's, absent from musl and Darwin, where this does nothing).
public struct MemoryTrimmer: Service {
    let limiter: ConnectionLimiter
    let interval: Duration
    let minimumDrop: Int

    /// - Parameter minimumDrop: connections that must have closed since the peak before a trim;
    ///   0 never trims.
    public init(limiter: ConnectionLimiter, interval: Duration = .seconds(10), minimumDrop: Int = MemoryTrimPolicy.defaultMinimumDrop) {
        self.limiter = limiter
        self.interval = interval
        self.minimumDrop = minimumDrop
    }

    public func run() async throws {
        let limiter = limiter, interval = interval, minimumDrop = minimumDrop
        guard minimumDrop > 0 else { return }
        // Ends at once on graceful shutdown: nothing to finish.
        await cancelWhenGracefulShutdown {
            var policy = MemoryTrimPolicy(minimumDrop: minimumDrop)
            while !Task.isCancelled {
                try? await Task.sleep(for: interval)
                let occupancy = limiter.takeOccupancy()
                if !Task.isCancelled, policy.observe(open: occupancy.now, peak: occupancy.peak) { Self.trim() }
            }
        }
    }

    /// `malloc_trim(0)` when the C library has it.
    static func trim() {
        #if canImport(Glibc)
        typealias Trim = @convention(c) (Int) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") else { return }
        _ = unsafeBitCast(symbol, to: Trim.self)(0)
        #endif
    }
}

/// When to trim: the connections open have fallen by at least ``minimumDrop`` below their peak
/// since the last trim (a flood has ended), and once more at the next check. The count falls
/// as each connection closes, but its session may free its memory a moment later; a single
/// trim at that moment left the 1,000-session probe at 80 MB instead of 52 MB, depending on
/// where the check fell. A value, tested without a process.
public struct MemoryTrimPolicy: Sendable {
    /// Connections that must have closed since the peak; each holds 35 KB or more while open,
    /// so 64 of them is a few megabytes, and a trim costs a few milliseconds.
    var minimumDrop = MemoryTrimPolicy.defaultMinimumDrop
    public static let defaultMinimumDrop = 64
    private(set) var peak = 0
    /// Whether the last check trimmed after a drop: the next one trims again.
    private(set) var followUp = false

    /// Records the current count and the highest since the last look (the connection limiter
    /// keeps it, so a flood between two looks counts); true when memory should be trimmed now.
    mutating func observe(open: Int, peak sincePrevious: Int) -> Bool {
        if followUp {
            followUp = false
            peak = open
            return true
        }
        peak = max(peak, sincePrevious)
        guard peak - open >= minimumDrop else { return false }
        peak = open
        followUp = true
        return true
    }
}
