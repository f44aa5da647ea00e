import NIOCore
import SanadTLS

/// The server's part of every connection's pipeline, after the TLS wrapper: from accept, the
/// client has the handshake deadline to complete TLS (or to send its first plaintext byte);
/// when ``TransportReady`` arrives the front's setup runs, its pipeline goes in after this
/// handler, and this handler removes itself. A missed deadline, a failed handshake or a close
/// before then fails the connection's promise, so the accept loop's task ends.
final class ConnectionSetupHandler<Ready: Sendable>: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer

    private let handshakeTimeout: TimeAmount
    private var promise: EventLoopPromise<Ready>?
    private let setup: (any Channel, Transport) throws -> Ready
    private var timer: Scheduled<Void>?

    init(handshakeTimeout: TimeAmount, promise: EventLoopPromise<Ready>, setup: @escaping (any Channel, Transport) throws -> Ready) {
        self.handshakeTimeout = handshakeTimeout
        self.promise = promise
        self.setup = setup
    }

    func handlerAdded(context: ChannelHandlerContext) {
        let loopBound = NIOLoopBound(context, eventLoop: context.eventLoop)
        timer = context.eventLoop.scheduleTask(in: handshakeTimeout) {
            loopBound.value.close(promise: nil)
        }
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        timer?.cancel()
        timer = nil
        promise?.fail(ChannelError.ioOnClosedChannel)
        promise = nil
    }

    func channelInactive(context: ChannelHandlerContext) {
        timer?.cancel()
        timer = nil
        promise?.fail(ChannelError.ioOnClosedChannel)
        promise = nil
        context.fireChannelInactive()
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        guard let ready = event as? TransportReady, let promise else {
            context.fireUserInboundEventTriggered(event)
            return
        }
        timer?.cancel()
        timer = nil
        self.promise = nil
        do {
            let value = try setup(context.channel, ready.transport)
            context.pipeline.syncOperations.removeHandler(context: context, promise: nil)
            promise.succeed(value)
        } catch {
            promise.fail(error)
            context.close(promise: nil)
        }
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        // TLS garbage, a failed handshake, a reset: nothing to answer, the connection just ends.
        // Not logged: the error could carry peer details. The promise fails on close.
        context.close(promise: nil)
    }
}

@available(*, unavailable) extension ConnectionSetupHandler: Sendable {}
