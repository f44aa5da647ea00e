import NIOCore
import NIOSSL

/// Tells TLS from plaintext by the first byte a client sends, as geomyidae and pygopherd do:
/// 0x16 starts a TLS handshake record. On TLS it inserts `NIOSSLServerHandler` after itself;
/// either way it announces the transport with a ``TransportDetected`` event and removes itself.
///
/// Reusable by any listener that shares a port between TLS and plaintext. With `tlsOnly` a
/// plaintext first byte is still announced, so the session above can answer with a refusal.
final class TLSDetectionHandler: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = ByteBuffer
    typealias InboundOut = ByteBuffer

    /// The first byte of a TLS record carrying a handshake message.
    static let handshakeRecordType: UInt8 = 0x16

    private let contexts: TLSContextProvider
    private var decided = false

    /// Takes the context from `contexts` when TLS is detected, so a renewed certificate
    /// serves the next connection.
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
                try context.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: contexts.context), position: .after(self))
            } catch {
                context.close(promise: nil)
                return
            }
            context.fireUserInboundEventTriggered(TransportDetected.tls)
        } else {
            context.fireUserInboundEventTriggered(TransportDetected.plaintext)
        }
        context.fireChannelRead(data)
        context.pipeline.syncOperations.removeHandler(context: context, promise: nil)
    }
}

/// Which transport a client chose, announced once per connection by ``TLSDetectionHandler``.
enum TransportDetected: Sendable, Hashable {
    case tls
    case plaintext
}
