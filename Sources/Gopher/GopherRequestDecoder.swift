import NIOCore

/// Frames the one request line of a Gopher connection, with a limit.
///
/// Emits exactly one `Result` per connection: the parsed request, or the reason it was refused.
/// A line longer than `maximumBytes` is refused as soon as that many bytes have arrived without
/// a line feed; nothing further is read into memory. Bytes after the first line are discarded
/// (one request per connection). Wrap it in `ByteToMessageHandler(maximumBufferSize:)` as well.
public struct GopherRequestDecoder: ByteToMessageDecoder, Sendable {
    public typealias InboundOut = Result<GopherRequest, GopherRequestError>

    public let maximumBytes: Int
    private var finished = false

    public init(maximumBytes: Int = GopherRequest.defaultMaximumLineBytes) {
        self.maximumBytes = maximumBytes
    }

    public mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        if finished {
            buffer.moveReaderIndex(to: buffer.writerIndex)
            return .needMoreData
        }
        // Look for the line feed only within the limit (plus CR LF).
        let window = buffer.readableBytesView.prefix(maximumBytes + 2)
        guard let newline = window.firstIndex(of: UInt8(ascii: "\n")) else {
            if buffer.readableBytes > maximumBytes + 1 {
                finish(context, .failure(.tooLong), &buffer)
            }
            return .needMoreData
        }
        finish(context, parse(buffer.readableBytesView[..<newline]), &buffer)
        return .needMoreData
    }

    public mutating func decodeLast(context: ChannelHandlerContext, buffer: inout ByteBuffer, seenEOF: Bool) throws -> DecodingState {
        guard !finished else {
            buffer.moveReaderIndex(to: buffer.writerIndex)
            return .needMoreData
        }
        _ = try decode(context: context, buffer: &buffer)
        // A client that half-closes after its selector without a line ending still gets an answer.
        if !finished, buffer.readableBytes > 0 {
            finish(context, parse(buffer.readableBytesView[...]), &buffer)
        }
        return .needMoreData
    }

    /// One request line, without its line ending, parsed; the same whether the line ended or
    /// the client half-closed after it.
    private func parse(_ bytes: ByteBufferView.SubSequence) -> InboundOut {
        var line = bytes
        if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
        do {
            return .success(try GopherRequest.parse(line, maximumBytes: maximumBytes))
        } catch {
            return .failure(error)
        }
    }

    private mutating func finish(_ context: ChannelHandlerContext, _ result: InboundOut, _ buffer: inout ByteBuffer) {
        finished = true
        buffer.moveReaderIndex(to: buffer.writerIndex)
        context.fireChannelRead(Self.wrapInboundOut(result))
    }
}
