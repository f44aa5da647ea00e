import NIOCore

/// The pending clock of a channel handler: one `Scheduled` task at a time, started again to
/// replace it, cancelled when the handler leaves or the channel closes. Every clock of the
/// server's handlers runs through it (the first-byte, handshake, choosing and stalled-write
/// deadlines through ``ChannelDeadline``; the request deadline; the web front's header, idle and
/// request clocks), so scheduling on the event loop and cancelling are written once.
///
/// A value kept in its handler (no object of its own, so a connection's memory does not grow
/// with it), used only on the channel's event loop, like the handler.
struct ChannelTimer {
    private var scheduled: Scheduled<Void>?

    /// Whether a clock is running (started, and neither cancelled nor forgotten since).
    var isRunning: Bool { scheduled != nil }

    /// Starts the clock, replacing a running one: when `amount` has passed, `fired` runs on the
    /// channel's event loop with the handler's context.
    mutating func schedule(in amount: TimeAmount, context: ChannelHandlerContext, _ fired: @escaping (ChannelHandlerContext) -> Void) {
        scheduled?.cancel()
        let loopBound = NIOLoopBound((context, fired), eventLoop: context.eventLoop)
        scheduled = context.eventLoop.scheduleTask(in: amount) {
            let (context, fired) = loopBound.value
            fired(context)
        }
    }

    /// Stops the running clock, if any.
    mutating func cancel() {
        scheduled?.cancel()
        scheduled = nil
    }

    /// Forgets a clock that has fired: there is nothing left to cancel (cancelling a task NIO
    /// already ran would only search its queue again).
    mutating func forget() {
        scheduled = nil
    }
}
