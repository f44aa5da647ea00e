import LineInterface
import NIOCore
import NIOPosix
import NIOSSL

/// One interactive connection: read until the prompt, type a line, read again.
public struct LineTestConversation {
    public var inbound: NIOAsyncChannelInboundStream<ByteBuffer>.AsyncIterator
    public let outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>
    /// Every byte received so far.
    public var received: [UInt8] = []
    public var consumed = 0

    /// Reads until the received text ends with `suffix` (or the server closes); returns the new text.
    public mutating func read(until suffix: String = LineSession.prompt) async throws -> String {
        while !String(decoding: received[consumed...], as: UTF8.self).hasSuffix(suffix) {
            guard let chunk = try await inbound.next() else { break }
            received += Array(buffer: chunk)
        }
        defer { consumed = received.count }
        return String(decoding: received[consumed...], as: UTF8.self)
    }

    /// Reads until the server closes.
    public mutating func readToEnd() async throws -> String {
        do {
            while let chunk = try await inbound.next() { received += Array(buffer: chunk) }
        } catch {
            // An unclean TLS shutdown still ends the conversation.
        }
        defer { consumed = received.count }
        return String(decoding: received[consumed...], as: UTF8.self)
    }

    public mutating func type(_ line: String) async throws -> String {
        try await outbound.write(ByteBuffer(string: line + "\r\n"))
        return try await read()
    }

    /// The number a screen gives the item labelled `label` (`12. Label` → 12).
    public static func number(of label: String, in screen: String) -> Int? {
        for line in screen.split(separator: "\r\n") {
            let trimmed = line.drop { $0 == " " }
            guard let dot = trimmed.firstIndex(of: "."), let number = Int(trimmed[..<dot]) else { continue }
            if trimmed[dot...].dropFirst(2).hasPrefix(label) { return number }
        }
        return nil
    }
}

public enum LineTestClient {
    /// Connects (over TLS unless `tls` is false) and runs `body` on the conversation.
    public static func converse<T: Sendable>(
        port: Int, tls: Bool = true, _ body: (inout LineTestConversation) async throws -> T
    ) async throws -> T {
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connect(host: "127.0.0.1", port: port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    if tls {
                        try channel.pipeline.syncOperations.addHandler(NIOSSLClientHandler(context: TestClient.clientContext, serverHostname: nil))
                    }
                    return try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
        return try await channel.executeThenClose { inbound, outbound in
            var conversation = LineTestConversation(inbound: inbound.makeAsyncIterator(), outbound: outbound)
            return try await body(&conversation)
        }
    }
}

