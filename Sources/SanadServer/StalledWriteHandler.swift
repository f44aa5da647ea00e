import NIOCore

/// Closes a connection whose client stops reading: when the channel has stayed unwritable (its
/// queued output above the high-water mark) for the stalled-write deadline. While unwritable,
/// the fronts' async writers suspend, so the conversation stops and no more input is read;
/// this handler ends the wait, so a client that sends commands and never reads the answers
/// holds at most one high-water mark of output, and only for the deadline.
final class StalledWriteHandler: ClockedHandler {
    typealias InboundIn = ByteBuffer

    private var deadline: ChannelDeadline

    init(timeout: TimeAmount) {
        deadline = ChannelDeadline(timeout)
    }

    func channelWritabilityChanged(context: ChannelHandlerContext) {
        if context.channel.isWritable {
            deadline.stop()
        } else if !deadline.isRunning {
            // Counted from the first unwritable moment, not restarted by later changes.
            deadline.start(context)
        }
        context.fireChannelWritabilityChanged()
    }

    func stopClocks() {
        deadline.stop()
    }
}

@available(*, unavailable) extension StalledWriteHandler: Sendable {}
