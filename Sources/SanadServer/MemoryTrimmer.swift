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
        try await cancelWhenGracefulShutdown {
            var policy = MemoryTrimPolicy(minimumDrop: minimumDrop)
            while !Task.isCancelled {
                try? await Task.sleep(for: interval)
                if !Task.isCancelled, policy.observe(open: limiter.openConnections + limiter.refusingConnections) { Self.trim() }
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
/// since the last trim (a flood has ended). A value, tested without a process.
public struct MemoryTrimPolicy: Sendable {
    /// Connections that must have closed since the peak; each costs tens of kilobytes.
    var minimumDrop = MemoryTrimPolicy.defaultMinimumDrop
    public static let defaultMinimumDrop = 256
    private(set) var peak = 0

    /// Records the current count; true when memory should be trimmed now.
    mutating func observe(open: Int) -> Bool {
        peak = max(peak, open)
        guard peak - open >= minimumDrop else { return false }
        peak = open
        return true
    }
}
