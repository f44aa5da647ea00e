import LineInterface
import NIOCore
import ServiceLifecycle

extension LineFront {
    /// One conversation: the first screen at once, then one answer per line or clock event,
    /// each answer in one write. Errors end the connection quietly: nothing typed is logged.
    /// The transport is up when this runs (the server waited for the handshake), so the server
    /// speaks first at once.
    public func handle(_ channel: NIOAsyncChannel<LineFrontEvent, ByteBuffer>, connection: FrontConnection) async throws {
        try await withGracefulShutdownHandler {
            try await channel.executeThenClose { inbound, outbound in
                var events = inbound.makeAsyncIterator()
                if connection.refusesPlaintext {
                    try await outbound.write(ByteBuffer(string: LineSession.plaintextMessage))
                    return
                }
                if connection.admission == .overAddressLimit {
                    try await outbound.write(ByteBuffer(string: LineSession.busyMessage))
                    return
                }
                // One catalogue for the whole session: a reload mid-session must not
                // renumber the page on screen under the user's fingers.
                var session = LineSession(catalogue: store.current, settings: settings)
                guard try await Self.carryOut(session.start(), outbound) else { return }
                while let event = try await events.next() {
                    if case .input(.line) = event { statistics.recordRequest(.line) }
                    guard try await Self.handle(event, session: &session, outbound) else { return }
                }
            }
        } onGracefulShutdown: {
            // Sessions last up to an hour: rather than wait for them, each is told why in its
            // own language, after what it was writing, and closed (within the close grace).
            channel.channel.pipeline.fireUserInboundEventTriggered(LineFrontShutdown())
        }
    }

    /// Answers one event; false once the session asks to close.
    static func handle(
        _ event: LineFrontEvent, session: inout LineSession, _ outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>
    ) async throws -> Bool {
        let actions: [LineSession.Action]
        switch event {
        case .input(.line(let line)): actions = session.receive(line)
        case .input(.reply(let bytes)):
            try await outbound.write(ByteBuffer(bytes: bytes))
            return true
        case .input(.flood(let reason)): actions = session.flooded(reason)
        case .idleWarning: actions = session.idleWarning()
        case .idleTimeout: actions = session.idleTimeout()
        case .sessionTimeout: actions = session.sessionTimeout()
        case .shutdown: actions = [.send(LineSession.shutdownMessage(session.language)), .close]
        }
        return try await carryOut(actions, outbound)
    }

    /// Writes what the session asks; false once it asks to close.
    static func carryOut(_ actions: [LineSession.Action], _ outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>) async throws -> Bool {
        for action in actions {
            switch action {
            case .send(let text): try await outbound.write(ByteBuffer(string: text))
            case .close: return false
            }
        }
        return true
    }
}
