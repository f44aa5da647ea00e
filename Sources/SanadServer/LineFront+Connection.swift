import LineInterface
import NIOCore
import NIOPosix
import NIOSSL
import ServiceLifecycle

/// An accepted line-interface connection as the accept loop hands it to its child task.
enum LineFrontConnection: AcceptedConnection {
    /// A connection to serve, and what the limiter decided for it.
    case serve(NIOAsyncChannel<LineFrontEvent, ByteBuffer>, ConnectionLimiter.Admission)
    /// Already closed at accept (over the total limit, or the pipeline could not be set up).
    case closed

    var eventLoop: (any EventLoop)? {
        guard case .serve(let channel, _) = self else { return nil }
        return channel.channel.eventLoop
    }
}

extension LineFront {
    /// The most pending connections the kernel queues before accept.
    static let listenBacklog: Int32 = 256

    /// Binds one listening socket whose children run the line pipeline:
    /// detection → TLS → telnet decoder (bounded) → clocks → async channel.
    static func bindOne(
        host: String, port: Int, contexts: TLSContextProvider, handshakeTimeout: TimeAmount, limits: LineFrontLimits,
        limiter: ConnectionLimiter, group: any EventLoopGroup, ipv6Only: Bool = false
    ) async throws -> NIOAsyncChannel<LineFrontConnection, Never> {
        try await ServerBootstrap.bindFront(
            group: group, host: host, port: port, backlog: listenBacklog, ipv6Only: ipv6Only, limiter: limiter, closed: .closed
        ) { channel, admission in
            let pipeline = channel.pipeline.syncOperations
            // Detection rather than TLS alone: a plaintext client gets one readable line saying
            // how to connect instead of silence until the deadline.
            try pipeline.addHandler(TLSDetectionHandler(contexts: contexts))
            try pipeline.addHandler(ByteToMessageHandler(
                TelnetLineFrameDecoder(limits: limits.input),
                maximumBufferSize: TelnetLineFrameDecoder.maximumBufferSize
            ))
            try pipeline.addHandler(LineFrontSessionHandler(handshakeTimeout: handshakeTimeout, limits: limits))
            let async = try NIOAsyncChannel<LineFrontEvent, ByteBuffer>(wrappingChannelSynchronously: channel)
            return LineFrontConnection.serve(async, admission)
        }
    }

    /// One conversation: the first screen at once, then one answer per line or clock event,
    /// each answer in one write. Errors end the connection quietly: nothing typed is logged.
    func converse(_ connection: LineFrontConnection) async {
        guard case .serve(let channel, let admission) = connection else { return }
        do {
            try await withGracefulShutdownHandler {
                try await channel.executeThenClose { inbound, outbound in
                    var events = inbound.makeAsyncIterator()
                    // The first event says whether TLS came up (the server then speaks first)
                    // or the client spoke plaintext. Nothing is written before it: NIOSSL would
                    // hold the bytes and drop them if the connection closed mid-handshake.
                    guard let first = try await events.next() else { return }
                    if first == .plaintext {
                        try await outbound.write(ByteBuffer(string: LineSession.plaintextMessage))
                        return
                    }
                    if admission == .overAddressLimit {
                        try await outbound.write(ByteBuffer(string: LineSession.busyMessage))
                        return
                    }
                    // One catalogue for the whole session: a reload mid-session must not
                    // renumber the page on screen under the user's fingers.
                    var session = LineSession(catalogue: store.current, settings: settings)
                    guard try await Self.carryOut(session.start(), outbound) else { return }
                    if first != .ready, try await !Self.handle(first, session: &session, outbound) { return }
                    while let event = try await events.next() {
                        if case .input(.line) = event { statistics.recordRequest(.line) }
                        guard try await Self.handle(event, session: &session, outbound) else { return }
                    }
                }
            } onGracefulShutdown: {
                // Sessions last up to an hour: say why, then close rather than wait for them.
                let channel = channel.channel
                channel.writeAndFlush(ByteBuffer(string: LineSession.shutdownMessage)).whenComplete { _ in
                    channel.close(promise: nil)
                }
            }
        } catch {
            // Resets, TLS failures and timeouts land here; they are the client's business,
            // counted but never logged with details.
            statistics.recordError(.line)
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
        case .input(.flood): actions = session.flooded()
        case .ready: return true
        case .plaintext: return false
        case .idleWarning: actions = session.idleWarning()
        case .idleTimeout: actions = session.idleTimeout()
        case .sessionTimeout: actions = session.sessionTimeout()
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
