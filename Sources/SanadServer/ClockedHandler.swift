import NIOCore

/// A handler that runs clocks (``ChannelTimer``, ``ChannelDeadline``, ``PendingSetup``): none of
/// them may outlive the channel or the handler's place in the pipeline, so both ends stop them
/// here, for every such handler, instead of in a `handlerRemoved` and a `channelInactive` of
/// each. The channel's close removes its handlers a little later; stopping at
/// `channelInactive` already keeps a clock from firing on a closed channel in between.
protocol ClockedHandler: ChannelInboundHandler {
    /// Stops every clock the handler runs, and gives up on what they waited for.
    func stopClocks()
}

extension ClockedHandler {
    func handlerRemoved(context: ChannelHandlerContext) {
        stopClocks()
    }

    func channelInactive(context: ChannelHandlerContext) {
        stopClocks()
        context.fireChannelInactive()
    }
}
