import NIOCore

/// The deadlines of one request-response connection, as a state machine that returns actions.
///
/// From accept, the client has ``ServerLimits/handshakeTimeout`` to complete a TLS handshake (or
/// to send its first plaintext byte); from then, ``ServerLimits/requestTimeout`` to send a whole
/// request line. Once the request has arrived no deadline applies here: the response is written
/// at once and the connection closed.
struct SessionDeadlines: Sendable, Hashable {
    enum State: Sendable, Hashable {
        case awaitingHandshake
        case awaitingRequest
        case answered
        case expired
    }

    /// What the handler must do after an event.
    enum Action: Sendable, Hashable {
        case none
        /// Cancel any pending timer and start one that fires after the amount.
        case schedule(TimeAmount)
        /// Cancel any pending timer.
        case cancel
        /// The deadline passed: close the connection.
        case close
    }

    private(set) var state: State = .awaitingHandshake
    /// Whether the connection is encrypted; false until a TLS handshake completes.
    private(set) var isSecure = false
    let handshakeTimeout: TimeAmount
    let requestTimeout: TimeAmount

    init(handshakeTimeout: TimeAmount, requestTimeout: TimeAmount) {
        self.handshakeTimeout = handshakeTimeout
        self.requestTimeout = requestTimeout
    }

    /// The connection was accepted.
    func started() -> Action { .schedule(handshakeTimeout) }

    /// The client sent plaintext: the request clock starts.
    mutating func plaintextDetected() -> Action {
        guard state == .awaitingHandshake else { return .none }
        state = .awaitingRequest
        return .schedule(requestTimeout)
    }

    /// The TLS handshake completed: the request clock starts.
    mutating func handshakeCompleted() -> Action {
        guard state == .awaitingHandshake else { return .none }
        state = .awaitingRequest
        isSecure = true
        return .schedule(requestTimeout)
    }

    /// A request line (or a refused one) arrived.
    mutating func requestReceived() -> Action {
        guard state == .awaitingRequest else { return .none }
        state = .answered
        return .cancel
    }

    /// The pending timer fired.
    mutating func timerFired() -> Action {
        switch state {
        case .awaitingHandshake, .awaitingRequest:
            state = .expired
            return .close
        case .answered, .expired:
            return .none
        }
    }
}
