import NIOCore

/// The request deadline of a one-request front (Gopher, Gemini), as a state machine that
/// returns actions: from the moment the transport is up (the handshake deadline before that is
/// the server's), the client has ``ServerLimits/requestTimeout`` to send a whole request. Once
/// the request has arrived no deadline applies here: the response is written at once and the
/// connection closed.
struct RequestDeadline: Sendable, Hashable {
    /// The time allowed for the whole request.
    let requestTimeout: TimeAmount
    private(set) var state: State = .awaitingRequest

    enum State: Sendable, Hashable {
        case awaitingRequest
        case answered
        case expired
    }

    /// What the handler must do after an event.
    enum Action: Sendable, Hashable {
        case none
        /// Start the timer, to fire after the amount.
        case schedule(TimeAmount)
        /// Cancel the pending timer.
        case cancel
        /// The deadline passed: close the connection.
        case close
    }

    /// The front's pipeline is in place: the request clock starts.
    func started() -> Action { .schedule(requestTimeout) }

    /// A request (or a refused one) arrived.
    mutating func requestReceived() -> Action {
        guard state == .awaitingRequest else { return .none }
        state = .answered
        return .cancel
    }

    /// The pending timer fired.
    mutating func timerFired() -> Action {
        guard state == .awaitingRequest else { return .none }
        state = .expired
        return .close
    }
}

/// Enforces ``RequestDeadline`` for a front whose decoder emits one `Request`, passing the
/// request on unchanged: the Gopher and Gemini fronts share it. Sits after the decoder. A
/// missed deadline or an error closes the connection; the async side then sees the end of
/// the stream.
final class RequestDeadlineHandler<Request>: ClockedHandler {
    typealias InboundIn = Request
    typealias InboundOut = Request

    private var deadline: RequestDeadline
    private var timer = ChannelTimer()

    init(requestTimeout: TimeAmount) {
        deadline = RequestDeadline(requestTimeout: requestTimeout)
    }

    func handlerAdded(context: ChannelHandlerContext) {
        perform(deadline.started(), context: context)
    }

    func stopClocks() {
        timer.cancel()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        perform(deadline.requestReceived(), context: context)
        context.fireChannelRead(data)
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        // A failed TLS record, a reset, an overlong buffer: nothing to answer. Not logged here
        // (the error could carry peer details); the server counts it.
        context.fireErrorCaught(error)
        context.close(promise: nil)
    }

    private func perform(_ action: RequestDeadline.Action, context: ChannelHandlerContext) {
        switch action {
        case .none:
            return
        case .cancel:
            timer.cancel()
        case .schedule(let amount):
            timer.schedule(in: amount, context: context) { context in
                self.timer.forget()
                self.perform(self.deadline.timerFired(), context: context)
            }
        case .close:
            context.close(promise: nil)
        }
    }
}

@available(*, unavailable) extension RequestDeadlineHandler: Sendable {}
