import NIOConcurrencyHelpers
import NIOCore

/// Counts open connections, in total and per IP address, and says whether one more may be served.
///
/// Shared by every listener (Gopher and line interface) so the total limit holds for the whole
/// process. Addresses live in memory only, as counts, and are forgotten when their last
/// connection closes: nothing is logged or written to disk.
public final class ConnectionLimiter: Sendable {
    private let counts: NIOLockedValueBox<ConnectionCounts>

    public init(maximumConnections: Int, maximumPerAddress: Int) {
        counts = NIOLockedValueBox(ConnectionCounts(maximumConnections: maximumConnections, maximumPerAddress: maximumPerAddress))
    }

    public convenience init(limits: ServerLimits) {
        self.init(maximumConnections: limits.maximumConnections, maximumPerAddress: limits.maximumConnectionsPerAddress)
    }

    /// Decides for a new connection from `address` and counts it. Every result but
    /// ``Admission/overTotalLimit`` must be given back with ``release(_:)`` when the connection closes.
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
        if admission != .overTotalLimit {
            channel.closeFuture.whenComplete { _ in self.release(admission) }
        }
        return admission
    }

    /// Connections currently counted (for tests and status).
    public var openConnections: Int { counts.withLockedValue { $0.total } }

    /// The per-address key: the IP address alone (the port differs per connection).
    static func key(_ address: SocketAddress) -> String? { address.ipAddress }

    /// What the limiter decided for one connection.
    public enum Admission: Sendable, Hashable {
        /// Within both limits.
        case admitted(address: String?)
        /// The address already has its maximum: answer with a short refusal and close.
        /// Counted in the total until it closes, so refusals cannot exhaust memory.
        case overAddressLimit
        /// The process is at its maximum: close at once.
        case overTotalLimit
    }
}

/// The limiter's state machine: plain counts, no locking, unit-testable.
struct ConnectionCounts: Sendable {
    let maximumConnections: Int
    let maximumPerAddress: Int
    private(set) var total = 0
    private(set) var perAddress: [String: Int] = [:]

    init(maximumConnections: Int, maximumPerAddress: Int) {
        self.maximumConnections = maximumConnections
        self.maximumPerAddress = maximumPerAddress
    }

    mutating func admit(_ key: String?) -> ConnectionLimiter.Admission {
        guard total < maximumConnections else { return .overTotalLimit }
        total += 1
        guard let key else { return .admitted(address: nil) }
        let current = perAddress[key, default: 0]
        guard current < maximumPerAddress else { return .overAddressLimit }
        perAddress[key] = current + 1
        return .admitted(address: key)
    }

    mutating func release(_ admission: ConnectionLimiter.Admission) {
        switch admission {
        case .overTotalLimit:
            return
        case .overAddressLimit:
            total -= 1
        case .admitted(let key):
            total -= 1
            guard let key, let current = perAddress[key] else { return }
            // Forget the address entirely at zero so the table holds only open connections.
            perAddress[key] = current > 1 ? current - 1 : nil
        }
    }
}
