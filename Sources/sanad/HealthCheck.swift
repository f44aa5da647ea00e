#if canImport(Glibc)
import Glibc
#else
import Darwin
#endif
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import NIOSSL
import SanadServer
import SanadTLS

/// `sanad check`: one real gophers:// request, as a monitor would make it, and a verdict on the
/// answer: a well-formed Gopher menu ending in `.` CR LF.
///
/// Trust: by default the certificate is verified against the system's roots and the host
/// name. With a public-key pin (`sha256//…`, as `sanad fingerprint` prints it) the pin is the
/// trust, so a self-signed certificate checks too; `insecure` verifies nothing (liveness only).
struct HealthCheck: Sendable {
    // Swift synthesises the initializer, with these defaults: `HealthCheck(host:port:)` is the
    // root menu, verified against the system's roots, within ten seconds.
    var host: String
    var port: Int
    var selector = ""
    var pin: String?
    var insecure = false
    var timeout: Duration = .seconds(10)

    /// The most bytes read from the server before the answer counts as wrong.
    public static let maximumAnswerBytes = 4 * 1024 * 1024

    /// The verdict, with its exit status.
    public enum Outcome: Sendable, Hashable {
        /// A well-formed menu: one sentence saying so.
        case ok(String)
        /// The server answered, but not with a well-formed menu (exit 1).
        case wrongAnswer(String)
        /// No connection, no TLS, the pin did not match, or no answer in time (exit 2).
        case unreachable(String)

        public var exitStatus: Int32 {
            switch self {
            case .ok: return 0
            case .wrongAnswer: return 1
            case .unreachable: return 2
            }
        }

        public var message: String {
            switch self {
            case .ok(let text), .wrongAnswer(let text), .unreachable(let text): return text
            }
        }
    }

    private var target: String { ListenAddress(host: host, port: port).description }

    /// Connects, sends the selector, reads to the end, and judges the answer.
    public func run(group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton) async -> Outcome {
        let pinMismatch = NIOLockedValueBox(false)
        let tlsFailure = NIOLockedValueBox<String?>(nil)
        let context: NIOSSLContext
        do {
            var tls = TLSConfiguration.makeClientConfiguration()
            tls.minimumTLSVersion = .tlsv12
            tls.certificateVerification = insecure ? .none : (pin == nil ? .fullVerification : .noHostnameVerification)
            context = try NIOSSLContext(configuration: tls)
        } catch {
            return .unreachable("Cannot set up TLS: \(error).")
        }
        let pin = self.pin
        let isAddress = (try? SocketAddress(ipAddress: host, port: port)) != nil
        let serverHostname = isAddress ? nil : host
        let clock = ContinuousClock()
        let start = clock.now
        let channel: NIOAsyncChannel<ByteBuffer, ByteBuffer>
        do {
            channel = try await ClientBootstrap(group: group)
                .connectTimeout(.nanoseconds(Int64(timeout.components.seconds) * 1_000_000_000 + timeout.components.attoseconds / 1_000_000_000))
                .connect(host: host, port: port) { channel in
                    channel.eventLoop.makeCompletedFuture {
                        let handler: NIOSSLClientHandler
                        if let pin, !insecure {
                            handler = try NIOSSLClientHandler(context: context, serverHostname: serverHostname) { certificates, promise in
                                let matches = certificates.first.flatMap { try? CertificateFingerprint($0).publicKeyPin } == pin
                                if !matches { pinMismatch.withLockedValue { $0 = true } }
                                promise.succeed(matches ? .certificateVerified : .failed)
                            }
                        } else {
                            handler = try NIOSSLClientHandler(context: context, serverHostname: serverHostname)
                        }
                        try channel.pipeline.syncOperations.addHandler(handler)
                        try channel.pipeline.syncOperations.addHandler(TLSErrorRecorder(reason: tlsFailure))
                        return try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                    }
                }
        } catch {
            return .unreachable("Cannot connect to \(target): \(Self.reason(error)).")
        }

        let answer: Result<[UInt8], any Error>
        do {
            answer = .success(try await withThrowingTaskGroup(of: [UInt8].self) { group in
                group.addTask {
                    try await channel.executeThenClose { inbound, outbound in
                        try await outbound.write(ByteBuffer(string: selector + "\r\n"))
                        var received: [UInt8] = []
                        do {
                            for try await chunk in inbound {
                                received += chunk.readableBytesView
                                if received.count > Self.maximumAnswerBytes { break }
                            }
                        } catch NIOSSLError.uncleanShutdown where !received.isEmpty {
                            // Some servers close without close_notify once the answer is whole;
                            // the answer is judged on its own terminator.
                        }
                        return received
                    }
                }
                group.addTask {
                    try await Task.sleep(for: timeout)
                    channel.channel.close(promise: nil)
                    throw HealthCheckTimeout()
                }
                let first = try await group.next()!
                group.cancelAll()
                return first
            })
        } catch {
            answer = .failure(error)
        }
        let elapsed = clock.now - start
        switch answer {
        case .failure(let error):
            if pinMismatch.withLockedValue({ $0 }) {
                return .unreachable("The public key of \(target) does not match the pin \(pin ?? "").")
            }
            if let reason = tlsFailure.withLockedValue({ $0 }) {
                return .unreachable("TLS with \(target) failed: \(reason).")
            }
            if error is HealthCheckTimeout {
                return .unreachable("No whole answer from \(target) within \(timeout.components.seconds) s.")
            }
            return .unreachable("TLS with \(target) failed: \(Self.reason(error)).")
        case .success(let bytes):
            if pinMismatch.withLockedValue({ $0 }) {
                return .unreachable("The public key of \(target) does not match the pin \(pin ?? "").")
            }
            return Self.judge(bytes, target: target, elapsed: elapsed)
        }
    }

    /// Whether `bytes` are a well-formed Gopher menu: CR LF lines of type, display, selector,
    /// host and port, ending with `.` CR LF, and not an error (type 3) answer.
    static func judge(_ bytes: [UInt8], target: String, elapsed: Duration) -> Outcome {
        guard !bytes.isEmpty else { return .wrongAnswer("\(target) closed the connection without an answer.") }
        guard bytes.count <= maximumAnswerBytes else { return .wrongAnswer("\(target) sent more than \(maximumAnswerBytes) bytes.") }
        let text = String(decoding: bytes, as: UTF8.self)
        if text.hasPrefix("3") { return .wrongAnswer("\(target) answered with an error item instead of a menu.") }
        guard text.hasSuffix("\r\n.\r\n") || text == ".\r\n" else {
            return .wrongAnswer("\(target) sent an answer that does not end with a line holding only a dot.")
        }
        // "\r\n" is one Character: dropping two leaves the body with its last CR LF.
        let lines = text.dropLast(2).split(separator: "\r\n", omittingEmptySubsequences: false).dropLast()
        for (number, line) in lines.enumerated() {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 4, let type = fields[0].first, type != "3", !line.contains("\n"), !line.contains("\r"),
                  let port = Int(fields[3]), (0...65535).contains(port)
            else {
                return .wrongAnswer("Line \(number + 1) of the answer from \(target) is not a well-formed menu line.")
            }
        }
        let milliseconds = elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000
        return .ok("\(target) answered a well-formed menu of \(lines.count) lines (\(bytes.count) bytes) in \(milliseconds) ms.")
    }

    /// A short reason for a connection or TLS error, without a dump of the error value.
    static func reason(_ error: any Error) -> String {
        if let error = error as? IOError { return String(cString: strerror(error.errnoCode)).lowercased() }
        if let error = error as? NIOConnectionError, let first = error.connectionErrors.first {
            return reason(first.error)
        }
        if let error = error as? NIOSSLError, case .handshakeFailed(let inner) = error {
            if "\(inner)".contains("CERTIFICATE_VERIFY_FAILED") {
                return "its certificate is not trusted here (check it with --pin, or use --insecure for a local check)"
            }
            return "the handshake failed"
        }
        if error is NIOSSLError { return "TLS error" }
        return "\(type(of: error))"
    }
}

/// No whole answer in time.
struct HealthCheckTimeout: Error {}
