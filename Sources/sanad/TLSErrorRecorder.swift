import NIOConcurrencyHelpers
import NIOCore
import NIOSSL

/// Keeps the reason of the first TLS error the pipeline reports (a failed handshake shows up
/// in the async channel only as a closed channel).
final class TLSErrorRecorder: ChannelInboundHandler, Sendable {
    typealias InboundIn = ByteBuffer
    let reason: NIOLockedValueBox<String?>

    init(reason: NIOLockedValueBox<String?>) {
        self.reason = reason
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        if error is NIOSSLError || error is BoringSSLError {
            let text = HealthCheck.reason(error)
            reason.withLockedValue { if $0 == nil { $0 = text } }
        }
        context.fireErrorCaught(error)
    }
}
