import Gopher
import NIOCore
import NIOSSL
import NIOTLS

/// What the async side of a Gopher connection receives: the decoded request line (or why it was
/// refused) and whether it came over TLS.
struct GopherInbound: Sendable {
    var request: Result<GopherRequest, GopherRequestError>
    var secure: Bool
}

/// Enforces the handshake and request deadlines of one Gopher connection (see
/// ``SessionDeadlines``) and tags the decoded request with its transport.
///
/// Sits after the request decoder, so it sees NIOSSL's handshake event and the detection event.
/// A missed deadline closes the connection; the async side then sees the end of the stream.
final class GopherSessionHandler: ChannelInboundHandler {
    typealias InboundIn = Result<GopherRequest, GopherRequestError>
    typealias InboundOut = GopherInbound

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
        if let detected = event as? TransportDetected, detected == .plaintext {
            perform(deadlines.plaintextDetected(), context: context)
        } else if let tls = event as? TLSUserEvent, case .handshakeCompleted = tls {
            perform(deadlines.handshakeCompleted(), context: context)
        }
        context.fireUserInboundEventTriggered(event)
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let request = Self.unwrapInboundIn(data)
        perform(deadlines.requestReceived(), context: context)
        context.fireChannelRead(Self.wrapInboundOut(GopherInbound(request: request, secure: deadlines.isSecure)))
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        // TLS garbage, a failed handshake, a reset: nothing to answer, the connection just ends.
        // The error is not logged here (it could carry peer details); the server counts it.
        context.fireErrorCaught(error)
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
