import NIOCore

/// Closes a connection whose client stops reading: when the channel has stayed unwritable (its
/// queued output above the high-water mark) for the stalled-write deadline. While unwritable,
/// the fronts' async writers suspend, so the conversation stops and no more input is read;
/// this handler ends the wait, so a client that sends commands and never reads the answers
/// holds at most one high-water mark of output, and only for the deadline.
final class StalledWriteHandler: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer

    private let timeout: TimeAmount
    private var timer: Scheduled<Void>?

    init(timeout: TimeAmount) {
        self.timeout = timeout
    }

    func channelWritabilityChanged(context: ChannelHandlerContext) {
        if context.channel.isWritable {
            timer?.cancel()
            timer = nil
        } else if timer == nil {
            let loopBound = NIOLoopBound(context, eventLoop: context.eventLoop)
            timer = context.eventLoop.scheduleTask(in: timeout) {
                loopBound.value.close(promise: nil)
            }
        }
        context.fireChannelWritabilityChanged()
    }

    func channelInactive(context: ChannelHandlerContext) {
        timer?.cancel()
        timer = nil
        context.fireChannelInactive()
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        timer?.cancel()
        timer = nil
    }
}

@available(*, unavailable) extension StalledWriteHandler: Sendable {}
