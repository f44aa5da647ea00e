import Foundation
import NIOCore
import NIOPosix
import NIOSSL

/// One HTTP response as the test client read it.
public struct WebTestResponse: Sendable {
    public var status: Int
    /// Header fields in order, names as sent.
    public var headers: [(name: String, value: String)]
    public var body: [UInt8]

    /// The first value of `name` (case-insensitive).
    public func header(_ name: String) -> String? {
        headers.first { $0.name.lowercased() == name.lowercased() }?.value
    }

    /// The body as UTF-8 text.
    public var text: String { String(decoding: body, as: UTF8.self) }
}

/// A tiny HTTP/1.1 client for the web front's tests: TLS (no certificate verification: the
/// certificate is made for the test; ALPN as asked) or plaintext, raw requests written as
/// given, responses framed by `Content-Length` (the only framing the front uses), so keep-alive,
/// pipelining and limits can be tested byte for byte.
public final class WebTestConnection: @unchecked Sendable {
    private var iterator: NIOAsyncChannelInboundStream<ByteBuffer>.AsyncIterator
    private let writer: NIOAsyncChannelOutboundWriter<ByteBuffer>
    private var pending: [UInt8] = []
    private var closed = false

    init(iterator: NIOAsyncChannelInboundStream<ByteBuffer>.AsyncIterator, writer: NIOAsyncChannelOutboundWriter<ByteBuffer>) {
        self.iterator = iterator
        self.writer = writer
    }

    /// Writes bytes as they are.
    public func send(_ bytes: [UInt8]) async throws {
        try await writer.write(ByteBuffer(bytes: bytes))
    }

    /// Writes text as it is.
    public func send(_ text: String) async throws {
        try await send(Array(text.utf8))
    }

    /// Sends one request (with `Host`, and `Content-Length` when there is a body) and reads
    /// its response.
    public func request(
        _ method: String, _ target: String, headers: [(String, String)] = [], body: [UInt8] = []
    ) async throws -> WebTestResponse? {
        var text = "\(method) \(target) HTTP/1.1\r\n"
        if !headers.contains(where: { $0.0.lowercased() == "host" }) { text += "Host: localhost\r\n" }
        for (name, value) in headers { text += "\(name): \(value)\r\n" }
        if !body.isEmpty || method == "POST" { text += "Content-Length: \(body.count)\r\n" }
        text += "\r\n"
        try await send(Array(text.utf8) + body)
        return try await response(toHead: method == "HEAD")
    }

    /// Reads the next response; nil when the server closed first.
    public func response(toHead: Bool = false) async throws -> WebTestResponse? {
        let separator: [UInt8] = [13, 10, 13, 10]
        var headEnd: Int?
        while true {
            if let end = Self.find(separator, in: pending) {
                headEnd = end
                break
            }
            guard try await fill() else { return nil }
        }
        let headText = String(decoding: pending[..<headEnd!], as: UTF8.self)
        pending.removeFirst(headEnd! + 4)
        var lines = headText.components(separatedBy: "\r\n")
        let statusLine = lines.removeFirst().split(separator: " ")
        let status = statusLine.count > 1 ? Int(statusLine[1]) ?? 0 : 0
        let headers = lines.compactMap { line -> (name: String, value: String)? in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return (String(line[..<colon]), line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        var response = WebTestResponse(status: status, headers: headers, body: [])
        let length = toHead ? 0 : Int(response.header("Content-Length") ?? "0") ?? 0
        while pending.count < length {
            guard try await fill() else { break }
        }
        response.body = Array(pending.prefix(length))
        pending.removeFirst(min(length, pending.count))
        return response
    }

    /// Whether the server closes the connection (reads until it does, or `pending` holds more).
    public func closesWithoutMore() async -> Bool {
        while pending.isEmpty {
            guard (try? await fill()) == true else { return true }
        }
        return false
    }

    /// Everything until the server closes.
    public func readToClose() async -> [UInt8] {
        while (try? await fill()) == true {}
        defer { pending = [] }
        return pending
    }

    private func fill() async throws -> Bool {
        guard !closed, let chunk = try await iterator.next() else {
            closed = true
            return false
        }
        pending += Array(buffer: chunk)
        return true
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for index in 0...(haystack.count - needle.count) where haystack[index..<index + needle.count].elementsEqual(needle) {
            return index
        }
        return nil
    }
}

/// Connections for ``WebTestConnection``.
public enum WebTestClient {
    /// A TLS client context offering `alpn`.
    public static func context(alpn: [String]) throws -> NIOSSLContext {
        var tls = TLSConfiguration.makeClientConfiguration()
        tls.certificateVerification = .none
        tls.minimumTLSVersion = .tlsv12
        tls.applicationProtocols = alpn
        return try NIOSSLContext(configuration: tls)
    }

    /// Runs `body` on a new connection to 127.0.0.1:`port` (closed after it, or after 30 s).
    public static func withConnection<T: Sendable>(
        port: Int, tls: Bool = true, alpn: [String] = ["http/1.1"], _ body: (WebTestConnection) async throws -> T
    ) async throws -> T {
        let context = tls ? try Self.context(alpn: alpn) : nil
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connect(host: "127.0.0.1", port: port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    if let context {
                        try channel.pipeline.syncOperations.addHandler(NIOSSLClientHandler(context: context, serverHostname: "localhost"))
                    }
                    return try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
        let timeout = channel.channel.eventLoop.scheduleTask(in: .seconds(30)) { channel.channel.close(promise: nil) }
        defer { timeout.cancel() }
        return try await channel.executeThenClose { inbound, outbound in
            try await body(WebTestConnection(iterator: inbound.makeAsyncIterator(), writer: outbound))
        }
    }

    /// One `GET` on its own connection.
    public static func fetch(
        _ target: String, port: Int, tls: Bool = true, headers: [(String, String)] = []
    ) async throws -> WebTestResponse {
        try await fetch("GET", target, port: port, tls: tls, headers: headers)
    }

    /// One request on its own connection.
    public static func fetch(
        _ method: String, _ target: String, port: Int, tls: Bool = true, headers: [(String, String)] = [], body: [UInt8] = []
    ) async throws -> WebTestResponse {
        try await withConnection(port: port, tls: tls) { connection in
            guard let response = try await connection.request(method, target, headers: headers, body: body) else {
                throw ChannelError.eof
            }
            return response
        }
    }

    /// A form body, `application/x-www-form-urlencoded`.
    public static func form(_ fields: [(String, String)]) -> [UInt8] {
        Array(fields.map { name, value in
            name + "=" + (value.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
        }.joined(separator: "&").utf8)
    }
}
