import LineInterface
import NIOCore
import NIOSSL
import NIOTLS

/// Runs the clocks of one line-interface connection (see ``LineFrontDeadlines``) and hands the
/// decoded input and the timer events to the async side as ``LineFrontEvent``s.
///
/// Sits after the telnet decoder, so it sees NIOSSL's handshake event, the transport detection
/// and every decoded event. Nothing here looks at what the user typed beyond "a line arrived".
final class LineFrontSessionHandler: ChannelInboundHandler {
    typealias InboundIn = TelnetInputEvent
    typealias InboundOut = LineFrontEvent

    private var deadlines: LineFrontDeadlines
    private var timers: [LineFrontDeadlines.Timer: Scheduled<Void>] = [:]

    init(handshakeTimeout: TimeAmount, limits: LineFrontLimits) {
        deadlines = LineFrontDeadlines(handshakeTimeout: handshakeTimeout, limits: limits)
    }

    func handlerAdded(context: ChannelHandlerContext) {
        perform(deadlines.started(), context: context)
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        cancelTimers()
    }

    func channelInactive(context: ChannelHandlerContext) {
        cancelTimers()
        context.fireChannelInactive()
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if let detected = event as? TransportDetected, detected == .plaintext {
            // The session answers with one plaintext line; the grace timer bounds it.
            perform(deadlines.flooded(), context: context)
            context.fireChannelRead(Self.wrapInboundOut(.plaintext))
        } else if let tls = event as? TLSUserEvent, case .handshakeCompleted = tls {
            perform(deadlines.handshakeCompleted(), context: context)
        }
        context.fireUserInboundEventTriggered(event)
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

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        // TLS garbage, a failed handshake, a reset, a buffer overflow: the connection just ends.
        // The error is not logged (it could carry peer details).
        context.close(promise: nil)
    }

    private func perform(_ actions: [LineFrontDeadlines.Action], context: ChannelHandlerContext) {
        for action in actions {
            switch action {
            case .schedule(let timer, let amount):
                timers[timer]?.cancel()
                let loopBound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
                timers[timer] = context.eventLoop.scheduleTask(in: amount) {
                    let (handler, context) = loopBound.value
                    handler.timers[timer] = nil
                    handler.perform(handler.deadlines.fired(timer), context: context)
                }
            case .cancel(let timer):
                timers.removeValue(forKey: timer)?.cancel()
            case .emit(let event):
                context.fireChannelRead(Self.wrapInboundOut(event))
                context.fireChannelReadComplete()
            case .close:
                cancelTimers()
                context.close(promise: nil)
            }
        }
    }

    private func cancelTimers() {
        for timer in timers.values { timer.cancel() }
        timers.removeAll()
    }
}
