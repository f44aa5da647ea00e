import NIOCore

/// Makes the write-buffer water mark count what a queued write really holds.
///
/// The water mark (``ServerLimits/maximumQueuedOutput``) counts readable bytes, but a queued
/// buffer keeps its whole storage alive. NIOSSL hands each flush down as its 16 KiB record
/// buffer, and starts a new one for the next write while the old one waits in the socket's
/// queue; so a client that sends commands and never reads made every short answer (a 1.5 KB
/// help screen) hold 16 KiB: up to 40 of them under the 64 KiB mark, about 1.3 MB a session,
/// 262 MB for the probe's 150 slow readers. Sitting next to the socket, this handler copies a
/// buffer that holds far more than it carries into one of its own size, so the one it came
/// from is free again at once (NIOSSL then reuses it instead of allocating another).
///
/// A copy costs a small allocation and a copy of the ciphertext of one answer; it is made only
/// when it frees at least ``minimumSlack`` bytes and more than half the storage.
final class QueuedOutputCompactor: ChannelOutboundHandler, RemovableChannelHandler {
    typealias OutboundIn = IOData
    typealias OutboundOut = IOData

    /// Unused bytes a buffer must carry before it is worth copying.
    static let minimumSlack = 4096

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        guard case .byteBuffer(var buffer) = Self.unwrapOutboundIn(data), Self.wastes(buffer) else {
            context.write(data, promise: promise)
            return
        }
        var copy = context.channel.allocator.buffer(capacity: buffer.readableBytes)
        copy.writeBuffer(&buffer)
        context.write(Self.wrapOutboundOut(.byteBuffer(copy)), promise: promise)
    }

    /// True when the buffer's storage is mostly unused (slices count their whole storage).
    static func wastes(_ buffer: ByteBuffer) -> Bool {
        let slack = buffer.storageCapacity - buffer.readableBytes
        return slack >= minimumSlack && slack > buffer.readableBytes
    }
}

@available(*, unavailable) extension QueuedOutputCompactor: Sendable {}
