import NIOCore

/// What a handler that prepares a connection's pipeline owes the accept loop
/// (``ConnectionSetupHandler`` after the handshake, ``FirstBytesChooser`` after the first bytes):
/// the promise the connection's task awaits, kept within a ``ChannelDeadline``. A missed
/// deadline closes the channel; a close, or the handler leaving, before the setup ran fails the
/// promise, so the task ends instead of waiting for ever.
struct PendingSetup<Value: Sendable> {
    private var promise: EventLoopPromise<Value>?
    private var deadline: ChannelDeadline

    init(promise: EventLoopPromise<Value>, timeout: TimeAmount) {
        self.promise = promise
        deadline = ChannelDeadline(timeout)
    }

    /// Whether the setup has yet to run.
    var isPending: Bool { promise != nil }

    /// Starts the deadline (from the handler's `handlerAdded`).
    mutating func start(_ context: ChannelHandlerContext) {
        deadline.start(context)
    }

    /// The channel closed, or the handler left, before the setup ran.
    mutating func abandon() {
        deadline.stop()
        promise?.fail(ChannelError.ioOnClosedChannel)
        promise = nil
    }

    /// The moment has come: stops the deadline and hands over the promise, once (nil after the
    /// setup ran or was abandoned). Taken before the setup runs because the setup may remove the
    /// handler, whose `handlerRemoved` abandons what is still pending.
    mutating func take() -> EventLoopPromise<Value>? {
        deadline.stop()
        defer { promise = nil }
        return promise
    }

    /// Runs `setup` and fulfils `promise` with its value; if it throws, fails the promise with
    /// its error and closes the channel. Returns whether the setup succeeded.
    @discardableResult
    static func fulfil(_ promise: EventLoopPromise<Value>, context: ChannelHandlerContext, with setup: () throws -> Value) -> Bool {
        do {
            promise.succeed(try setup())
            return true
        } catch {
            promise.fail(error)
            context.close(promise: nil)
            return false
        }
    }
}
