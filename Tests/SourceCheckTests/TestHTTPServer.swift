import NIOConcurrencyHelpers
import NIOCore
import NIOHTTP1
import NIOPosix

/// A small HTTP/1.1 server on 127.0.0.1, port 0, serving fixed routes: the pages the check is
/// tested against, without the internet. It records every request (path, user agent, time).
final class TestHTTPServer: Sendable {
    /// What one path answers.
    struct Route: Sendable {
        var status: Int = 200
        var headers: [(String, String)] = [("Content-Type", "text/html; charset=utf-8")]
        var body: String = ""
        /// Answer only after this long (a page that times out).
        var delay: TimeAmount? = nil
        /// Send the body one byte per interval, this many times (a page that never ends).
        var drip: (interval: TimeAmount, count: Int)? = nil

        static func html(_ body: String) -> Route { Route(body: body) }
        static func redirect(_ status: Int = 301, to location: String) -> Route {
            Route(status: status, headers: [("Location", location)], body: "")
        }
    }

    /// One request as the server saw it.
    struct Request: Sendable {
        var path: String
        var userAgent: String?
        var at: ContinuousClock.Instant
    }

    let channel: any Channel
    let requests: NIOLockedValueBox<[Request]>
    var port: Int { channel.localAddress!.port! }
    var origin: String { "http://127.0.0.1:\(port)" }

    private init(channel: any Channel, requests: NIOLockedValueBox<[Request]>) {
        self.channel = channel
        self.requests = requests
    }

    static func start(_ routes: [String: Route]) async throws -> TestHTTPServer {
        let requests = NIOLockedValueBox<[Request]>([])
        let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.configureHTTPServerPipeline()
                    try channel.pipeline.syncOperations.addHandler(Handler(routes: routes, requests: requests))
                }
            }
            .bind(host: "127.0.0.1", port: 0).get()
        return TestHTTPServer(channel: channel, requests: requests)
    }

    func stop() async throws {
        try await channel.close()
    }

    /// The paths requested, in order.
    var paths: [String] { requests.withLockedValue { $0.map(\.path) } }

    final class Handler: ChannelInboundHandler {
        typealias InboundIn = HTTPServerRequestPart
        typealias OutboundOut = HTTPServerResponsePart

        let routes: [String: Route]
        let requests: NIOLockedValueBox<[Request]>
        var head: HTTPRequestHead?

        init(routes: [String: Route], requests: NIOLockedValueBox<[Request]>) {
            self.routes = routes
            self.requests = requests
        }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            switch unwrapInboundIn(data) {
            case .head(let head):
                self.head = head
            case .body:
                break
            case .end:
                guard let head else { return }
                requests.withLockedValue { $0.append(Request(path: head.uri, userAgent: head.headers.first(name: "User-Agent"), at: .now)) }
                let route = routes[head.uri] ?? Route(status: 404, body: "not found")
                if let drip = route.drip {
                    startDrip(drip, context: context)
                } else if let delay = route.delay {
                    let bound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
                    context.eventLoop.assumeIsolated().scheduleTask(in: delay) {
                        let (handler, context) = bound.value
                        handler.respond(route, context: context)
                    }
                } else {
                    respond(route, context: context)
                }
            }
        }

        /// Head without a length, then one byte per interval: read time-outs never fire.
        func startDrip(_ drip: (interval: TimeAmount, count: Int), context: ChannelHandlerContext) {
            let head = HTTPResponseHead(version: .http1_1, status: .ok, headers: ["Content-Type": "text/html", "Transfer-Encoding": "chunked"])
            context.writeAndFlush(wrapOutboundOut(.head(head)), promise: nil)
            dripByte(remaining: drip.count, every: drip.interval, context: context)
        }

        func dripByte(remaining: Int, every interval: TimeAmount, context: ChannelHandlerContext) {
            let bound = NIOLoopBound((self, context), eventLoop: context.eventLoop)
            context.eventLoop.assumeIsolated().scheduleTask(in: interval) {
                let (handler, context) = bound.value
                guard context.channel.isActive, remaining > 0 else { return }
                context.writeAndFlush(handler.wrapOutboundOut(.body(.byteBuffer(context.channel.allocator.buffer(string: "x")))), promise: nil)
                handler.dripByte(remaining: remaining - 1, every: interval, context: context)
            }
        }

        func respond(_ route: Route, context: ChannelHandlerContext) {
            guard context.channel.isActive else { return }
            var headers = HTTPHeaders(route.headers)
            let body = context.channel.allocator.buffer(string: route.body)
            headers.replaceOrAdd(name: "Content-Length", value: String(body.readableBytes))
            headers.replaceOrAdd(name: "Connection", value: "close")
            context.write(wrapOutboundOut(.head(HTTPResponseHead(version: .http1_1, status: .init(statusCode: route.status), headers: headers))), promise: nil)
            context.write(wrapOutboundOut(.body(.byteBuffer(body))), promise: nil)
            context.writeAndFlush(wrapOutboundOut(.end(nil))).assumeIsolated().whenComplete { _ in context.close(promise: nil) }
        }
    }
}
