import NIOCore

/// A fixed deadline that closes the channel when it passes: the first-byte deadline
/// (``FirstByteDeadlineHandler``), the handshake deadline (``ConnectionSetupHandler``), the
/// choosing deadline (``FirstBytesChooser``) and the stalled-write deadline
/// (``StalledWriteHandler``). Nothing is answered: a client that missed one of these has not
/// said anything a front could answer in its own format.
struct ChannelDeadline {
    /// How long the deadline gives, from ``start(_:)``.
    let timeout: TimeAmount
    private var timer = ChannelTimer()

    init(_ timeout: TimeAmount) {
        self.timeout = timeout
    }

    /// Whether the deadline is running.
    var isRunning: Bool { timer.isRunning }

    /// Starts the deadline (again, from now, if it was running).
    mutating func start(_ context: ChannelHandlerContext) {
        timer.schedule(in: timeout, context: context) { $0.close(promise: nil) }
    }

    /// Stops the deadline: what it waited for happened, or the channel is gone.
    mutating func stop() {
        timer.cancel()
    }
}
