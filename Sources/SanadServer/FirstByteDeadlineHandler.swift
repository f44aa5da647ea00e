import NIOCore

/// The first handler of every accepted connection: closes it if the client sends nothing within
/// the first-byte deadline (a silent connection costs a socket and a slot; the handshake deadline
/// is longer because a real ClientHello can take time to finish on a slow link). Removes itself
/// at the first read, so it costs nothing afterwards.
final class FirstByteDeadlineHandler: ClockedHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer

    private var deadline: ChannelDeadline

    init(timeout: TimeAmount) {
        deadline = ChannelDeadline(timeout)
    }

    func handlerAdded(context: ChannelHandlerContext) {
        deadline.start(context)
    }

    func stopClocks() {
        deadline.stop()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        deadline.stop()
        context.fireChannelRead(data)
        context.pipeline.syncOperations.removeHandler(context: context, promise: nil)
    }
}

@available(*, unavailable) extension FirstByteDeadlineHandler: Sendable {}
