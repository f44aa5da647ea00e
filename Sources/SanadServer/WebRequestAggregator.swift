import NIOCore
import NIOHTTP1
import Web

/// What the web front's conversation reads: a whole request, or why there is none.
public enum WebFrontEvent: Sendable {
    /// A complete request; `keepAlive` is what the client asked for, `minorVersion` its HTTP/1.x.
    case request(WebRequest, keepAlive: Bool, minorVersion: Int)
    /// The request cannot be answered normally: the conversation answers with the status and closes.
    case failure(WebFrontFailure)
}

/// Why a request was refused before reaching a responder.
public enum WebFrontFailure: Sendable, Hashable {
    /// The request line and headers passed ``WebFrontLimits/maximumHeaderBytes``: 431.
    case headersTooLarge
    /// The body passed its limit: 413.
    case bodyTooLarge
    /// Not HTTP/1.x: 400.
    case malformed
    /// The header or the body did not arrive in time: 408.
    case timeout

    /// The status answered.
    public var status: Int {
        switch self {
        case .headersTooLarge: return 431
        case .bodyTooLarge: return 413
        case .malformed: return 400
        case .timeout: return 408
        }
    }
}

/// After NIOHTTP1's decoder: gathers a request's head and body into one ``WebRequest``, within
/// the body limit of its path, and runs the web front's clocks: the header timeout (the first
/// request), the keep-alive idle timeout (the next ones) and the per-request deadline. Parse
/// errors become ``WebFrontFailure``s (431 for an oversized header) instead of NIO's bare 400.
/// Nothing a request carries is logged here or anywhere.
final class WebRequestAggregator: ClockedHandler, ChannelOutboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPServerRequestPart
    typealias InboundOut = WebFrontEvent
    typealias OutboundIn = HTTPServerResponsePart
    typealias OutboundOut = HTTPServerResponsePart

    private enum State {
        /// Waiting for the next request's head; `answered` requests so far.
        case awaitingHead
        case readingBody(HTTPRequestHead, body: ByteBuffer?, limit: Int)
        /// The request was handed on; its response is being written.
        case responding
        /// A failure was handed on: everything else the client sends is ignored.
        case failed
    }

    private let limits: WebFrontLimits
    private var state = State.awaitingHead
    private var answered = 0
    private var timer = ChannelTimer()
    /// Set while the header timeout travels through the pipeline as a parse error.
    private var timingOut = false

    init(limits: WebFrontLimits) {
        self.limits = limits
    }

    func handlerAdded(context: ChannelHandlerContext) {
        schedule(context, after: limits.headerTimeout)
    }

    func stopClocks() {
        timer.cancel()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch (Self.unwrapInboundIn(data), state) {
        case (.head(let head), .awaitingHead):
            schedule(context, after: limits.requestTimeout)
            let path = head.uri.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? head.uri
            let limit = limits.maximumBodyBytes(path: path)
            if let length = head.headers.first(name: "content-length").flatMap(Int.init), length > limit {
                fail(.bodyTooLarge, context)
                return
            }
            state = .readingBody(head, body: nil, limit: limit)
        case (.body(var chunk), .readingBody(let head, let body, let limit)):
            var gathered = body ?? context.channel.allocator.buffer(capacity: min(limit, chunk.readableBytes))
            guard gathered.readableBytes + chunk.readableBytes <= limit else {
                fail(.bodyTooLarge, context)
                return
            }
            gathered.writeBuffer(&chunk)
            state = .readingBody(head, body: gathered, limit: limit)
        case (.end, .readingBody(let head, let body, _)):
            state = .responding
            let request = Self.request(head, body: body)
            context.fireChannelRead(Self.wrapInboundOut(.request(request, keepAlive: head.isKeepAlive, minorVersion: head.version.minor)))
        case (_, .failed):
            return
        default:
            // Parts out of order cannot come from NIOHTTP1's decoder; treated as malformed.
            fail(.malformed, context)
        }
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        guard let parse = error as? HTTPParserError else {
            context.fireErrorCaught(error)
            return
        }
        if timingOut {
            timingOut = false
            timedOut(context)
            return
        }
        if case .failed = state { return }
        if case .responding = state {
            // The response in flight is the last one.
            state = .failed
            return
        }
        fail(parse == .headerOverflow ? .headersTooLarge : .malformed, context)
    }

    func write(context: ChannelHandlerContext, data: NIOAny, promise: EventLoopPromise<Void>?) {
        if case .end = Self.unwrapOutboundIn(data), case .responding = state {
            answered += 1
            state = .awaitingHead
            schedule(context, after: limits.keepAliveIdleTimeout)
        }
        context.write(data, promise: promise)
    }

    private func fail(_ failure: WebFrontFailure, _ context: ChannelHandlerContext) {
        state = .failed
        schedule(context, after: limits.requestTimeout)
        context.fireChannelRead(Self.wrapInboundOut(.failure(failure)))
    }

    /// One clock at a time: the header, idle or request deadline, whichever applies now.
    private func schedule(_ context: ChannelHandlerContext, after amount: TimeAmount) {
        timer.schedule(in: amount, context: context) { context in
            self.timer.forget()
            self.expired(context)
        }
    }

    /// A clock ran out: a first request (or a body) still arriving is answered 408; an idle
    /// kept-alive connection or a slow response is closed.
    private func expired(_ context: ChannelHandlerContext) {
        switch state {
        case .awaitingHead where answered == 0:
            // NIOHTTP1's pipelining handler refuses a response before a request has begun,
            // except after a parse error, which it treats as a request to answer: so the
            // timeout enters the pipeline at its head as one, and comes back through
            // errorCaught as the 408.
            timingOut = true
            context.pipeline.fireErrorCaught(HTTPParserError.invalidEOFState)
        case .readingBody:
            timedOut(context)
        default:
            context.close(promise: nil)
        }
    }

    /// Hands on the 408 and gives the conversation the request deadline to write it.
    private func timedOut(_ context: ChannelHandlerContext) {
        state = .failed
        schedule(context, after: limits.requestTimeout)
        context.fireChannelRead(Self.wrapInboundOut(.failure(.timeout)))
        // Outside a read cycle: the async channel delivers what it buffered on read-complete.
        context.fireChannelReadComplete()
    }

    /// The request as responders see it: path and query split, headers in order.
    static func request(_ head: HTTPRequestHead, body: ByteBuffer?) -> WebRequest {
        let parts = head.uri.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        return WebRequest(
            method: head.method.rawValue, path: String(parts[0]), query: parts.count > 1 ? String(parts[1]) : nil,
            headers: head.headers.map { HeaderField($0.name, $0.value) }, body: body.map { Array(buffer: $0) } ?? []
        )
    }
}

@available(*, unavailable) extension WebRequestAggregator: Sendable {}
