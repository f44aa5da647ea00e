import NIOCore

/// Frames the one request of a Gemini connection (see ``GeminiRequestFramer``).
///
/// Emits exactly one `Result` per connection; bytes after the request line are discarded.
/// Wrap it in `ByteToMessageHandler(maximumBufferSize:)` as well, so the buffer stays bounded.
public struct GeminiRequestDecoder: ByteToMessageDecoder, Sendable {
    public typealias InboundOut = Result<GeminiRequest, GeminiRequestError>

    private var finished = false

    public init() {}

    public mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        guard !finished else {
            buffer.moveReaderIndex(to: buffer.writerIndex)
            return .needMoreData
        }
        if case .complete(let result) = GeminiRequestFramer.frame(buffer.readableBytesView) {
            finish(context, result, &buffer)
        }
        return .needMoreData
    }

    public mutating func decodeLast(context: ChannelHandlerContext, buffer: inout ByteBuffer, seenEOF: Bool) throws -> DecodingState {
        guard !finished else {
            buffer.moveReaderIndex(to: buffer.writerIndex)
            return .needMoreData
        }
        if let result = GeminiRequestFramer.frameAtEnd(buffer.readableBytesView) {
            finish(context, result, &buffer)
        }
        return .needMoreData
    }

    private mutating func finish(_ context: ChannelHandlerContext, _ result: InboundOut, _ buffer: inout ByteBuffer) {
        finished = true
        buffer.moveReaderIndex(to: buffer.writerIndex)
        context.fireChannelRead(Self.wrapInboundOut(result))
    }
}
