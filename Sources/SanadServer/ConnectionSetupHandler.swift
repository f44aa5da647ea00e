import NIOCore
import SanadTLS

/// The server's part of every connection's pipeline, after the TLS wrapper: from accept, the
/// client has the handshake deadline to complete TLS (or to send its first plaintext byte);
/// when ``TransportReady`` arrives the front's setup runs, its pipeline goes in after this
/// handler, and this handler removes itself. A missed deadline, a failed handshake or a close
/// before then fails the connection's promise, so the accept loop's task ends.
final class ConnectionSetupHandler<Ready: Sendable>: ClockedHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer

    private var pending: PendingSetup<Ready>
    private let setup: (any Channel, Transport) throws -> Ready

    init(handshakeTimeout: TimeAmount, promise: EventLoopPromise<Ready>, setup: @escaping (any Channel, Transport) throws -> Ready) {
        pending = PendingSetup(promise: promise, timeout: handshakeTimeout)
        self.setup = setup
    }

    func handlerAdded(context: ChannelHandlerContext) {
        pending.start(context)
    }

    func stopClocks() {
        pending.abandon()
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        guard let ready = event as? TransportReady, let promise = pending.take() else {
            context.fireUserInboundEventTriggered(event)
            return
        }
        PendingSetup.fulfil(promise, context: context) {
            let value = try setup(context.channel, ready.transport)
            context.pipeline.syncOperations.removeHandler(context: context, promise: nil)
            return value
        }
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        // TLS garbage, a failed handshake, a reset: nothing to answer, the connection just ends.
        // Not logged: the error could carry peer details. The promise fails on close.
        context.close(promise: nil)
    }
}

@available(*, unavailable) extension ConnectionSetupHandler: Sendable {}
