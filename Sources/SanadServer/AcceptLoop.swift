import Logging
import NIOCore
import ServiceLifecycle

/// The accept loop every front shares: one task per listening socket, one child task per
/// connection. On graceful shutdown the listeners close and the loop waits for the connections
/// in flight, which each front's deadlines bound.
enum AcceptLoop {
    /// Runs until every listener is closed (graceful shutdown or ``close(_:)``). Each
    /// connection's task runs on its channel's event loop when `executors` has it.
    static func run<Connection: AcceptedConnection>(
        _ listeners: [NIOAsyncChannel<Connection, Never>], front: String, executors: EventLoopExecutors, logger: Logger,
        handle: @escaping @Sendable (Connection) async -> Void
    ) async throws {
        try await withGracefulShutdownHandler {
            try await withThrowingDiscardingTaskGroup { group in
                for listener in listeners {
                    group.addTask { try await serve(listener, front: front, executors: executors, logger: logger, handle: handle) }
                }
            }
        } onGracefulShutdown: {
            close(listeners)
        }
    }

    /// Stops accepting: closes every listening socket. Connections in flight go on.
    static func close<Connection>(_ listeners: [NIOAsyncChannel<Connection, Never>]) {
        for listener in listeners { listener.channel.close(promise: nil) }
    }

    private static func serve<Connection: AcceptedConnection>(
        _ listener: NIOAsyncChannel<Connection, Never>, front: String, executors: EventLoopExecutors, logger: Logger,
        handle: @escaping @Sendable (Connection) async -> Void
    ) async throws {
        do {
            try await listener.executeThenClose { inbound in
                await withDiscardingTaskGroup { group in
                    do {
                        for try await connection in inbound {
                            let executor = connection.eventLoop.flatMap { executors.executor(for: $0) }
                            group.addTask(executorPreference: executor) { await handle(connection) }
                        }
                    } catch is CancellationError {
                        // Shutdown: stop accepting, let the children finish.
                    } catch {
                        // The type only: an error's text could carry a client's bytes.
                        logger.warning("\(front): accept loop ended", metadata: ["error": "\(type(of: error))"])
                    }
                }
            }
        } catch is CancellationError {
            // Cancelled while shutting down: nothing left to accept.
        } catch ChannelError.alreadyClosed {
            // Closed by close(): nothing left to accept.
        }
    }
}

/// What the accept loop needs of an accepted connection: the event loop its task should run on.
protocol AcceptedConnection: Sendable {
    /// The event loop of the connection's channel; nil when there is nothing to serve.
    var eventLoop: (any EventLoop)? { get }
}
