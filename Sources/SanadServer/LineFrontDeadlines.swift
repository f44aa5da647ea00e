import LineInterface
import NIOCore

/// The clocks of one line-interface connection, as a state machine that returns actions.
///
/// They start when the transport is up (the handshake deadline before that is the server's,
/// see ``FrontServer``): the session length, and the idle timeout, restarted by every complete
/// line, with a warning a minute before. A timeout is handed to the session (which says
/// goodbye); if the goodbye has not left within the close grace, the connection is closed
/// regardless.
struct LineFrontDeadlines: Sendable, Hashable {
    /// The timers a connection can have running, one of each at most.
    enum Timer: Sendable, Hashable, CaseIterable {
        case idleWarning, idle, session, grace
    }

    /// What the handler must do, in order.
    enum Action: Sendable, Hashable {
        /// Start (or restart) `timer` to fire after the amount.
        case schedule(Timer, TimeAmount)
        case cancel(Timer)
        /// Pass this event to the session.
        case emit(LineFrontEvent)
        /// Close the connection now.
        case close
    }

    enum State: Sendable, Hashable {
        case established
        /// A timeout or flood was handed to the session; only the grace timer matters now.
        case closing
        case closed
    }

    private(set) var state: State = .established
    let limits: LineFrontLimits

    /// The transport is up: the session and idle clocks start.
    func started() -> [Action] {
        [.schedule(.session, limits.sessionLength)] + idleClocks()
    }

    /// A complete line arrived: the idle clocks start again.
    mutating func lineReceived() -> [Action] {
        guard state == .established else { return [] }
        return idleClocks()
    }

    /// The decoder saw a flood: the session says why, then the connection closes.
    mutating func flooded() -> [Action] {
        guard state == .established else { return [] }
        state = .closing
        return cancelAll(except: .grace) + [.schedule(.grace, limits.closeGrace)]
    }

    /// The server is shutting down: the session says goodbye (after whatever it is writing),
    /// then closes; the grace timer closes it regardless if the goodbye cannot leave (a client
    /// that does not read), well within the server's grace period.
    mutating func shuttingDown() -> [Action] {
        guard state == .established else { return [] }
        state = .closing
        return cancelAll(except: .grace) + [.emit(.shutdown), .schedule(.grace, limits.closeGrace)]
    }

    /// `timer` fired.
    mutating func fired(_ timer: Timer) -> [Action] {
        switch (state, timer) {
        case (.established, .idleWarning):
            return [.emit(.idleWarning)]
        case (.established, .idle):
            state = .closing
            return cancelAll(except: .grace) + [.emit(.idleTimeout), .schedule(.grace, limits.closeGrace)]
        case (.established, .session):
            state = .closing
            return cancelAll(except: .grace) + [.emit(.sessionTimeout), .schedule(.grace, limits.closeGrace)]
        case (.closing, .grace):
            state = .closed
            return [.close]
        default:
            return []
        }
    }

    private func idleClocks() -> [Action] {
        var actions: [Action] = [.cancel(.idleWarning)]
        if let warning = limits.idleWarningAfter { actions.append(.schedule(.idleWarning, warning)) }
        actions.append(.schedule(.idle, limits.idleTimeout))
        return actions
    }

    private func cancelAll(except kept: Timer) -> [Action] {
        Timer.allCases.filter { $0 != kept }.map { .cancel($0) }
    }
}

/// What the async side of a line-interface connection receives.
public enum LineFrontEvent: Sendable, Hashable {
    /// Something the telnet decoder made of the client's bytes.
    case input(TelnetInputEvent)
    case idleWarning
    case idleTimeout
    case sessionTimeout
    /// The server is shutting down (``LineFrontShutdown`` reached the connection).
    case shutdown
}

/// The user event the line front fires into each connection's pipeline on graceful shutdown;
/// ``LineFrontSessionHandler`` turns it into ``LineFrontEvent/shutdown`` in order with the
/// session's other events.
struct LineFrontShutdown: Sendable, Hashable {}
