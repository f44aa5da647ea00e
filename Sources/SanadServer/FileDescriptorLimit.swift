#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The process's open-file limit, raised at start so thousands of idle connections fit.
///
/// Each connection holds one descriptor; a soft limit of 1,024 (a common default) would refuse
/// connections long before memory runs short. Only the soft limit is raised, up to the hard limit
/// the system grants, so no privilege is needed and nothing is raised beyond what an administrator
/// allowed.
public enum FileDescriptorLimit {
    /// The cap used when the hard limit is unlimited (`RLIM_INFINITY`, all bits set): raising the soft limit to "infinity" fails
    /// on Linux (it is bounded by `fs.nr_open`), and this many descriptors is plenty.
    static let unlimitedCap: rlim_t = 1 << 20

    /// Raises the soft limit on open files to the hard limit.
    ///
    /// - Returns: the soft limit before and after; equal when nothing could or needed to change
    ///   (both 0 when the limit cannot be read).
    @discardableResult
    public static func raise() -> (before: Int, after: Int) {
        var limit = rlimit()
        guard getrlimit(resourceNoFile, &limit) == 0 else { return (0, 0) }
        let before = limit.rlim_cur
        let hard = limit.rlim_max == rlim_t.max ? unlimitedCap : limit.rlim_max
        #if canImport(Darwin)
        // macOS refuses a soft limit above OPEN_MAX for RLIMIT_NOFILE.
        let target = min(hard, rlim_t(OPEN_MAX))
        #else
        let target = hard
        #endif
        guard target > before else { return (clamp(before), clamp(before)) }
        limit.rlim_cur = target
        guard setrlimit(resourceNoFile, &limit) == 0 else { return (clamp(before), clamp(before)) }
        var now = rlimit()
        guard getrlimit(resourceNoFile, &now) == 0 else { return (clamp(before), clamp(target)) }
        return (clamp(before), clamp(now.rlim_cur))
    }

    /// The soft limit now (0 when it cannot be read).
    public static var current: Int {
        var limit = rlimit()
        guard getrlimit(resourceNoFile, &limit) == 0 else { return 0 }
        return clamp(limit.rlim_cur)
    }

    private static func clamp(_ value: rlim_t) -> Int {
        value >= rlim_t(Int.max) ? Int.max : Int(value)
    }

    #if canImport(Glibc)
    // Glibc imports RLIMIT_NOFILE as an enum case that getrlimit takes as its raw Int32.
    private static let resourceNoFile = __rlimit_resource_t(RLIMIT_NOFILE.rawValue)
    #else
    private static let resourceNoFile = Int32(RLIMIT_NOFILE)
    #endif
}
