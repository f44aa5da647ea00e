import Gemini
import NIOCore
import NIOSSL
import NIOTLS

/// Enforces the handshake and request deadlines of one Gemini connection with the same
/// ``SessionDeadlines`` as the Gopher front: from accept, ``ServerLimits/handshakeTimeout`` to
/// finish the TLS handshake; then ``ServerLimits/requestTimeout`` to send the whole request.
///
/// Sits after the request decoder, so it sees NIOSSL's handshake event. A missed deadline closes
/// the connection; the async side then sees the end of the stream.
final class GeminiFrontSessionHandler: ChannelInboundHandler {
    typealias InboundIn = Result<GeminiRequest, GeminiRequestError>
    typealias InboundOut = Result<GeminiRequest, GeminiRequestError>

    private var deadlines: SessionDeadlines
    private var timer: Scheduled<Void>?

    init(limits: ServerLimits) {
        deadlines = SessionDeadlines(handshakeTimeout: limits.handshakeTimeout, requestTimeout: limits.requestTimeout)
    }

    func handlerAdded(context: ChannelHandlerContext) {
        perform(deadlines.started(), context: context)
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        timer?.cancel()
        timer = nil
    }

    func channelInactive(context: ChannelHandlerContext) {
        timer?.cancel()
        timer = nil
        context.fireChannelInactive()
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if let tls = event as? TLSUserEvent, case .handshakeCompleted = tls {
            perform(deadlines.handshakeCompleted(), context: context)
        }
        context.fireUserInboundEventTriggered(event)
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        perform(deadlines.requestReceived(), context: context)
        context.fireChannelRead(data)
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        // TLS garbage, plaintext on the TLS port, a reset: nothing to answer. Not logged: the
        // error could carry peer details.
        context.close(promise: nil)
    }

    private func perform(_ action: SessionDeadlines.Action, context: ChannelHandlerContext) {
        switch action {
        case .none:
            return
        case .cancel:
            timer?.cancel()
            timer = nil
        case .schedule(let amount):
            timer?.cancel()
            let loopBound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
            timer = context.eventLoop.scheduleTask(in: amount) {
                let (handler, context) = loopBound.value
                handler.perform(handler.deadlines.timerFired(), context: context)
            }
        case .close:
            timer = nil
            context.close(promise: nil)
        }
    }
}
