import LineInterface
import NIOCore

/// Runs the clocks of one line-interface connection (see ``LineFrontDeadlines``) and hands the
/// decoded input and the timer events to the async side as ``LineFrontEvent``s.
///
/// Added after the telnet decoder once the transport is up, so its clocks start then. Nothing
/// here looks at what the user typed beyond "a line arrived".
final class LineFrontSessionHandler: ClockedHandler {
    typealias InboundIn = TelnetInputEvent
    typealias InboundOut = LineFrontEvent

    private var deadlines: LineFrontDeadlines
    private var timers: [LineFrontDeadlines.Timer: ChannelTimer] = [:]

    init(limits: LineFrontLimits) {
        deadlines = LineFrontDeadlines(limits: limits)
    }

    func handlerAdded(context: ChannelHandlerContext) {
        perform(deadlines.started(), context: context)
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let event = Self.unwrapInboundIn(data)
        switch event {
        case .line: perform(deadlines.lineReceived(), context: context)
        case .flood: perform(deadlines.flooded(), context: context)
        case .reply: break
        }
        context.fireChannelRead(Self.wrapInboundOut(.input(event)))
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if event is LineFrontShutdown {
            perform(deadlines.shuttingDown(), context: context)
            return
        }
        context.fireUserInboundEventTriggered(event)
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        // TLS garbage, a failed handshake, a reset, a buffer overflow: the connection just ends.
        // The error is not logged (it could carry peer details).
        context.close(promise: nil)
    }

    private func perform(_ actions: [LineFrontDeadlines.Action], context: ChannelHandlerContext) {
        for action in actions {
            switch action {
            case .schedule(let timer, let amount):
                timers[timer, default: ChannelTimer()].schedule(in: amount, context: context) { context in
                    self.timers[timer] = nil
                    self.perform(self.deadlines.fired(timer), context: context)
                }
            case .cancel(let timer):
                timers[timer]?.cancel()
                timers[timer] = nil
            case .emit(let event):
                context.fireChannelRead(Self.wrapInboundOut(event))
                context.fireChannelReadComplete()
            case .close:
                stopClocks()
                context.close(promise: nil)
            }
        }
    }

    func stopClocks() {
        for timer in timers.keys { timers[timer]?.cancel() }
        timers.removeAll()
    }
}

@available(*, unavailable) extension LineFrontSessionHandler: Sendable {}
