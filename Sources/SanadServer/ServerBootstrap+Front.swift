import NIOCore
import NIOPosix

extension ServerBootstrap {
    /// Binds one listening socket of a front: the socket options every front shares, the
    /// connection limiter at accept (over the total limit, closed at once), then the front's own
    /// `pipeline` for each admitted connection, run on its event loop. A connection whose
    /// pipeline cannot be set up is closed and handed on as `closed`.
    static func bindFront<Connection: Sendable>(
        group: any EventLoopGroup, host: String, port: Int, backlog: Int32, ipv6Only: Bool,
        limiter: ConnectionLimiter, closed: Connection,
        pipeline: @escaping @Sendable (any Channel, ConnectionLimiter.Admission) throws -> Connection
    ) async throws -> NIOAsyncChannel<Connection, Never> {
        try await ServerBootstrap(group: group)
            .serverChannelOption(.backlog, value: backlog)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .ipv6Only(ipv6Only)
            .childChannelOption(.tcpOption(.tcp_nodelay), value: 1)
            .bind(host: host, port: port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    let admission = limiter.admit(channel: channel)
                    guard admission != .overTotalLimit else {
                        channel.close(promise: nil)
                        return closed
                    }
                    do {
                        return try pipeline(channel, admission)
                    } catch {
                        channel.close(promise: nil)
                        return closed
                    }
                }
            }
    }
}
