import NIOCore

/// A channel decoder around ``TelnetInputDecoder``: reads bytes, emits ``TelnetInputEvent``s.
///
/// It consumes every byte it is given, so the buffer never holds more than one read; wrap it in
/// `ByteToMessageHandler(_:maximumBufferSize:)` with ``maximumBufferSize`` anyway, as every
/// decoder in Sanad is, so that a change here can never turn into unbounded memory.
public struct TelnetLineFrameDecoder: ByteToMessageDecoder, Sendable {
    public typealias InboundOut = TelnetInputEvent

    /// The buffer bound to give `ByteToMessageHandler`: well above one line, far below harm.
    public static let maximumBufferSize = 16 * 1024

    private var decoder: TelnetInputDecoder

    public init(limits: TelnetInputDecoder.Limits = .init()) {
        self.decoder = TelnetInputDecoder(limits: limits)
    }

    public mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        guard buffer.readableBytes > 0 else { return .needMoreData }
        let events = buffer.readableBytesView.withContiguousStorageIfAvailable { decoder.decode($0) }
            ?? decoder.decode(Array(buffer.readableBytesView))
        buffer.moveReaderIndex(forwardBy: buffer.readableBytes)
        for event in events {
            context.fireChannelRead(Self.wrapInboundOut(event))
        }
        return .needMoreData
    }

    public mutating func decodeLast(context: ChannelHandlerContext, buffer: inout ByteBuffer, seenEOF: Bool) throws -> DecodingState {
        // A last line without its line ending is dropped: the client has gone, nobody would read
        // the answer.
        buffer.moveReaderIndex(forwardBy: buffer.readableBytes)
        return .needMoreData
    }
}
