import Catalogue
import DirectoryModel
import Logging
import NIOCore
import NIOHTTP1
import SanadTLS
import Web

/// The web front: HTTP/1.1 with keep-alive (NIOHTTP1) on ``FrontServer``, which owns the
/// listeners, admission, TLS (with session tickets and ALPN `http/1.1` on this front's
/// context) and draining. This type is the pipeline (NIOHTTP1's decoder and encoder, then
/// ``WebRequestAggregator`` with the limits and clocks) and the conversation: each request
/// goes to ``WebSite``, each response is written in one write, until the client or a limit
/// closes. Nothing a request carries (line, headers, body, address) is logged.
public struct WebFront: FrontChannel {
    public static let front = ServerStatistics.Front.web

    /// How long a client over the per-address limit is asked to wait (`Retry-After`).
    static let retryAfterSeconds = 5

    /// What the front does with a request.
    public enum Mode: Sendable, Hashable {
        /// Serve the site.
        case site
        /// Only redirect to HTTPS on `httpsPort` (nil: the default 443), for a plain HTTP port.
        case redirect(httpsPort: Int?)
    }

    private let store: CatalogueStore
    let site: WebSite
    let limits: WebFrontLimits
    let mode: Mode
    private let publicHost: String
    private let statistics: ServerStatistics

    public init(
        store: CatalogueStore, site: WebSite = WebSite(), limits: WebFrontLimits = WebFrontLimits(), mode: Mode = .site,
        publicHost: String = "localhost", statistics: ServerStatistics
    ) {
        self.store = store
        self.site = site
        self.limits = limits
        self.mode = mode
        self.publicHost = publicHost
        self.statistics = statistics
    }

    /// NIOHTTP1's server pipeline (with pipelining assistance; the header limit in its decoder;
    /// its own 400 handler off, so an oversized header gets 431 here) → the aggregator.
    public func setup(channel: any Channel, connection: FrontConnection) throws -> NIOAsyncChannel<WebFrontEvent, HTTPServerResponsePart> {
        var decoderLimits = NIOHTTPDecoderLimitConfiguration()
        decoderLimits.maxHeaderListSize = limits.maximumHeaderBytes
        decoderLimits.maxHeaderFieldSize = limits.maximumHeaderBytes
        decoderLimits.maxHeaderFieldCount = 100
        let pipeline = channel.pipeline.syncOperations
        try pipeline.configureHTTPServerPipeline(
            withPipeliningAssistance: true, withErrorHandling: false, withEncoderConfiguration: .init(),
            withDecoderLimitConfiguration: decoderLimits
        )
        try pipeline.addHandler(WebRequestAggregator(limits: limits))
        return try NIOAsyncChannel(wrappingChannelSynchronously: channel)
    }

    /// Requests in order, one response each, until the client closes, asks to close, a limit
    /// is reached or a refusal is sent.
    public func handle(_ channel: NIOAsyncChannel<WebFrontEvent, HTTPServerResponsePart>, connection: FrontConnection) async throws {
        let secure = connection.transport.isSecure
        try await channel.executeThenClose { inbound, outbound in
            var count = 0
            for try await event in inbound {
                count += 1
                let response: WebResponse
                var closing: Bool
                var minorVersion = 1
                switch event {
                case .failure(let failure):
                    response = self.failureResponse(failure, secure: secure)
                    closing = true
                case .request(let request, let keepAlive, let minor):
                    minorVersion = minor
                    (response, closing) = self.response(to: request, connection: connection)
                    closing = closing || !keepAlive || count >= self.limits.maximumRequestsPerConnection
                }
                try await outbound.write(contentsOf: Self.parts(response, closing: closing, minorVersion: minorVersion))
                self.statistics.recordRequest(.web, failed: response.status >= 400)
                if closing { return }
            }
        }
    }

    /// The response to one complete request, and whether the connection closes after it.
    func response(to request: WebRequest, connection: FrontConnection) -> (WebResponse, closing: Bool) {
        let secure = connection.transport.isSecure
        if connection.admission == .overAddressLimit {
            let busy = WebResponse(status: 503, headers: [
                HeaderField("Content-Type", "text/plain; charset=utf-8"), HeaderField("Retry-After", String(Self.retryAfterSeconds)),
            ], body: Array((UIText.lineBusy(HTMLResponder.languageHint(request.path)) + "\n").utf8))
            return (site.finish(busy, secure: secure), true)
        }
        if case .redirect(let port) = mode {
            return (site.finish(.redirect(httpsURL(request, port: port), status: 301), secure: false), false)
        }
        if connection.refusesPlaintext {
            return (site.finish(.redirect(httpsURL(request, port: nil, keepPort: true), status: 301), secure: false), true)
        }
        let (catalogue, generation) = store.currentWithGeneration
        return (site.respond(to: request, catalogue: catalogue, generation: generation, secure: secure), false)
    }

    /// `https://host[:port]/path?query` for a redirect to TLS: the client's `Host` when it is a
    /// plain host name, the public host otherwise. `keepPort` keeps the `Host`'s port (the same
    /// listener serves TLS).
    func httpsURL(_ request: WebRequest, port: Int?, keepPort: Bool = false) -> String {
        var host = publicHost
        if let given = request.header("Host"), given.utf8.count <= 255,
           given.unicodeScalars.allSatisfy({ $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || ".-:[]".unicodeScalars.contains($0)) }) {
            host = given
        }
        if !keepPort, !host.hasSuffix("]"), let colon = host.lastIndex(of: ":") { host = String(host[..<colon]) }
        if let port, port != 443 { host += ":\(port)" }
        let target = request.path.hasPrefix("/") ? request.path : "/"
        return "https://" + host + target + (request.query.map { "?" + $0 } ?? "")
    }

    /// The answer to a request refused before any responder: a short page in English (the
    /// request's language is not known).
    func failureResponse(_ failure: WebFrontFailure, secure: Bool) -> WebResponse {
        let text: UIText
        switch failure {
        case .headersTooLarge, .bodyTooLarge: text = .webTooLarge
        case .malformed: text = .webBadRequest
        case .timeout: text = .webTimeout
        }
        return site.finish(.plainText(text(.en) + "\n", status: failure.status), secure: secure)
    }

    /// The response as NIOHTTP1's parts: head, the body (empty for a `HEAD`), end.
    static func parts(_ response: WebResponse, closing: Bool, minorVersion: Int) -> [HTTPServerResponsePart] {
        var headers = HTTPHeaders(response.headers.map { ($0.name, $0.value) })
        if closing {
            headers.add(name: "Connection", value: "close")
        } else if minorVersion == 0 {
            headers.add(name: "Connection", value: "keep-alive")
        }
        let head = HTTPResponseHead(version: .init(major: 1, minor: minorVersion == 0 ? 0 : 1), status: .init(statusCode: response.status), headers: headers)
        var parts: [HTTPServerResponsePart] = [.head(head)]
        if !response.body.isEmpty { parts.append(.body(.byteBuffer(ByteBuffer(bytes: response.body)))) }
        parts.append(.end(nil))
        return parts
    }
}

extension WebFront: ConfiguredFront {
    /// Every host at ``ServerConfiguration/webPort`` (TLS, and plaintext when
    /// ``ServerConfiguration/allowPlaintext``); none when nil.
    public static func endpoints(in configuration: ServerConfiguration) -> [FrontEndpoint] {
        configuration.endpoints(port: configuration.webPort)
    }

    public init(configuration: ServerConfiguration, store: CatalogueStore, listeners: [BoundListener], statistics: ServerStatistics, logger: Logger) {
        self.init(
            store: store, site: WebSite(configuration: configuration), limits: configuration.webLimits, mode: .site,
            publicHost: configuration.publicHost ?? configuration.hosts.first ?? "localhost", statistics: statistics
        )
    }
}
