import NIOConcurrencyHelpers
import NIOCore

/// Counts open connections, in total and per IP address (IPv6: per /64), and decides at accept,
/// before any TLS work, whether one more may be served.
///
/// Shared by every listener of every front so the total limit holds for the whole process. The
/// per-address limit is checked first: a connection over it never takes one of the total's
/// slots, only one of a small separate budget for its one-line refusal (and only for
/// ``refusalTimeout``), so one address cannot lock everyone else out. Addresses live in memory
/// only, as counts, and are forgotten when their last connection closes: nothing is logged or
/// written to disk.
public final class ConnectionLimiter: Sendable {
    private let counts: NIOLockedValueBox<ConnectionCounts>
    /// Accept to the first byte: a connection that sends nothing is closed then.
    public let firstByteTimeout: TimeAmount
    /// How long a connection over its address's limit is kept for its refusal.
    public let refusalTimeout: TimeAmount
    /// How long a connection may stay unwritable (a client that does not read) before it is closed.
    public let stalledWriteTimeout: TimeAmount
    /// Queued output per connection that makes it unwritable (the fronts then stop).
    public let maximumQueuedOutput: Int

    public init(
        maximumConnections: Int, maximumPerAddress: Int, maximumRefusals: Int = ServerLimits.defaultMaximumRefusals,
        firstByteTimeout: TimeAmount = ServerLimits.defaultFirstByteTimeout, refusalTimeout: TimeAmount = ServerLimits.defaultRefusalTimeout,
        stalledWriteTimeout: TimeAmount = ServerLimits.defaultStalledWriteTimeout,
        maximumQueuedOutput: Int = ServerLimits.defaultMaximumQueuedOutput
    ) {
        counts = NIOLockedValueBox(ConnectionCounts(
            maximumConnections: maximumConnections, maximumPerAddress: maximumPerAddress, maximumRefusals: maximumRefusals
        ))
        self.firstByteTimeout = firstByteTimeout
        self.refusalTimeout = refusalTimeout
        self.stalledWriteTimeout = stalledWriteTimeout
        self.maximumQueuedOutput = maximumQueuedOutput
    }

    public convenience init(limits: ServerLimits) {
        self.init(
            maximumConnections: limits.maximumConnections, maximumPerAddress: limits.maximumConnectionsPerAddress,
            maximumRefusals: limits.maximumRefusals, firstByteTimeout: limits.firstByteTimeout, refusalTimeout: limits.refusalTimeout,
            stalledWriteTimeout: limits.stalledWriteTimeout, maximumQueuedOutput: limits.maximumQueuedOutput
        )
    }

    /// Decides for a new connection from `address` and counts it. Every result that is not
    /// ``Admission/closesAtAccept`` must be given back with ``release(_:)`` when the connection closes.
    public func admit(_ address: SocketAddress?) -> Admission {
        let key = address.flatMap(Self.key)
        return counts.withLockedValue { $0.admit(key) }
    }

    /// Gives back what ``admit(_:)`` counted.
    public func release(_ admission: Admission) {
        counts.withLockedValue { $0.release(admission) }
    }

    /// Admits `channel`'s peer and arranges the release for when the channel closes.
    /// Returns the admission so the caller can refuse politely or close.
    public func admit(channel: any Channel) -> Admission {
        let admission = admit(channel.remoteAddress)
        if !admission.closesAtAccept {
            channel.closeFuture.whenComplete { _ in self.release(admission) }
        }
        return admission
    }

    /// Connections currently counted toward the total (for tests and status).
    public var openConnections: Int { counts.withLockedValue { $0.total } }

    /// Connections over their address's limit kept for their refusal (for tests and status).
    public var refusingConnections: Int { counts.withLockedValue { $0.refusing } }

    /// The connections counted now (open and refusing), and the most counted at once since the
    /// last call: a flood that comes and goes between two looks of the memory trimmer is seen.
    public func takeOccupancy() -> (now: Int, peak: Int) {
        counts.withLockedValue { $0.takeOccupancy() }
    }

    /// The per-address key: the IP address alone (the port differs per connection); for IPv6
    /// its /64, one subscriber's prefix, since a client with a /64 has 2^64 addresses to use.
    static func key(_ address: SocketAddress) -> String? {
        guard case .v6(let v6) = address else { return address.ipAddress }
        let bytes = withUnsafeBytes(of: v6.address.sin6_addr) { Array($0) }
        // An IPv4-mapped address (::ffff:a.b.c.d) is one IPv4 client.
        if bytes.prefix(10).allSatisfy({ $0 == 0 }) && bytes[10] == 0xFF && bytes[11] == 0xFF {
            return bytes.suffix(4).map(String.init).joined(separator: ".")
        }
        return bytes.prefix(8).map { String($0, radix: 16) }.joined(separator: ":") + "::/64"
    }

    /// What the limiter decided for one connection.
    public enum Admission: Sendable, Hashable {
        /// Within both limits.
        case admitted(address: String?)
        /// The address already has its maximum: answer with a short refusal and close (within
        /// the refusal deadline). Counted in the refusal budget, never in the total.
        case overAddressLimit
        /// The address has its maximum and the refusal budget is spent: close at once.
        case overRefusalBudget
        /// The process is at its maximum: close at once.
        case overTotalLimit

        /// Whether the connection is closed at accept, with no answer and nothing counted.
        public var closesAtAccept: Bool { self == .overTotalLimit || self == .overRefusalBudget }
    }
}

/// The limiter's state machine: plain counts, no locking, unit-testable.
struct ConnectionCounts: Sendable {
    let maximumConnections: Int
    let maximumPerAddress: Int
    let maximumRefusals: Int
    private(set) var total = 0
    private(set) var refusing = 0
    private(set) var perAddress: [String: Int] = [:]
    /// The most connections counted at once (total and refusing) since ``takeOccupancy()``.
    private(set) var peak = 0

    init(maximumConnections: Int, maximumPerAddress: Int, maximumRefusals: Int = ServerLimits.defaultMaximumRefusals) {
        self.maximumConnections = maximumConnections
        self.maximumPerAddress = maximumPerAddress
        self.maximumRefusals = maximumRefusals
    }

    mutating func admit(_ key: String?) -> ConnectionLimiter.Admission {
        // The address first: a connection over its address's limit must not take a slot of the
        // total, or one address fills the total and everyone is refused.
        let current = key.map { perAddress[$0, default: 0] } ?? 0
        if key != nil, current >= maximumPerAddress {
            guard refusing < maximumRefusals else { return .overRefusalBudget }
            refusing += 1
            peak = max(peak, total + refusing)
            return .overAddressLimit
        }
        guard total < maximumConnections else { return .overTotalLimit }
        total += 1
        peak = max(peak, total + refusing)
        guard let key else { return .admitted(address: nil) }
        perAddress[key] = current + 1
        return .admitted(address: key)
    }

    /// The count now and the peak since the last call; the next peak starts from now.
    mutating func takeOccupancy() -> (now: Int, peak: Int) {
        let now = total + refusing
        defer { peak = now }
        return (now, max(peak, now))
    }

    mutating func release(_ admission: ConnectionLimiter.Admission) {
        switch admission {
        case .overTotalLimit, .overRefusalBudget:
            return
        case .overAddressLimit:
            refusing -= 1
        case .admitted(let key):
            total -= 1
            guard let key, let current = perAddress[key] else { return }
            // Forget the address entirely at zero so the table holds only open connections.
            perAddress[key] = current > 1 ? current - 1 : nil
        }
    }
}
