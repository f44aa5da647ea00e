import Memberwise
import NIOCore
import NIOSSL
import NIOTLS

/// TLS as a wrapper around any front: installs first-byte detection on a new connection, which
/// inserts `NIOSSLServerHandler` when the client starts a TLS handshake and announces
/// ``TransportReady`` when the transport is up (the handshake done, with its ALPN result, or the
/// first plaintext byte seen). Whether plaintext is then served or refused is the server's rule,
/// the same for every front, not the wrapper's.
///
/// 0x16 starts a TLS handshake record: geomyidae and pygopherd tell TLS from plaintext the same
/// way, so one port can serve both (Gopher on an onion service), and a plaintext client on a TLS
/// port gets one readable refusal instead of silence until the deadline.
@MemberwiseInit
public struct TLSTransport: Sendable {
    /// The context each new handshake takes (replaced when the certificate is renewed).
    public let contexts: TLSContextProvider

    /// Adds the transport handlers to a new connection's pipeline, first.
    public func install(on channel: any Channel) throws {
        try channel.pipeline.syncOperations.addHandler(TransportDetectionHandler(contexts: contexts))
    }
}

/// Tells TLS from plaintext by the first byte a client sends; on TLS inserts NIOSSL and the
/// handshake announcer after itself; on plaintext announces ``TransportReady`` at once. Then it
/// removes itself: it costs nothing after the first read.
final class TransportDetectionHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer

    /// The first byte of a TLS record carrying a handshake message.
    static let handshakeRecordType: UInt8 = 0x16

    private let contexts: TLSContextProvider
    private var decided = false

    init(contexts: TLSContextProvider) {
        self.contexts = contexts
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let buffer = Self.unwrapInboundIn(data)
        guard !decided, let first = buffer.getInteger(at: buffer.readerIndex, as: UInt8.self) else {
            context.fireChannelRead(data)
            return
        }
        decided = true
        if first == Self.handshakeRecordType {
            do {
                // Added in reverse: each goes right after this handler.
                try context.pipeline.syncOperations.addHandler(HandshakeAnnouncer(), position: .after(self))
                try context.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: contexts.context), position: .after(self))
            } catch {
                context.close(promise: nil)
                return
            }
        } else {
            context.fireUserInboundEventTriggered(TransportReady(.plaintext))
        }
        context.fireChannelRead(data)
        context.pipeline.syncOperations.removeHandler(context: context, promise: nil)
    }
}

/// Sits right after NIOSSL: turns its handshake event into ``TransportReady`` (with the ALPN
/// result), then removes itself.
final class HandshakeAnnouncer: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if let tls = event as? TLSUserEvent, case .handshakeCompleted(let negotiated) = tls {
            context.fireUserInboundEventTriggered(TransportReady(.tls(applicationProtocol: negotiated)))
            context.pipeline.syncOperations.removeHandler(context: context, promise: nil)
            return
        }
        context.fireUserInboundEventTriggered(event)
    }
}

@available(*, unavailable) extension TransportDetectionHandler: Sendable {}
@available(*, unavailable) extension HandshakeAnnouncer: Sendable {}
