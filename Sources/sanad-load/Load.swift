import ArgumentParser
import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import NIOSSL

/// `sanad-load`: a load generator for Gopher over TLS, bounded to loopback.
///
/// Each request is a new TCP connection and a full TLS handshake (no resumption), one request
/// line, read until the server closes. A fixed number of workers run for a fixed time; it prints
/// requests per second, latency percentiles, errors, and, with `--server-pid`, the server's CPU
/// time per request from /proc/PID/stat. Everything runs on NIO event loops with futures, so the
/// client spends as little CPU as it can.
@main
struct Load: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sanad-load",
        abstract: "Load-test a local Gopher-over-TLS server: a new TLS connection per request, fixed concurrency, fixed duration."
    )

    @Option(help: "The server address; loopback only (127.0.0.0/8, ::1, localhost).")
    var host = "127.0.0.1"

    @Option(help: "The server port.")
    var port = 7070

    @Option(help: "The request line to send (CR LF is added).")
    var selector = "/"

    @Option(help: "Connections in flight at once.")
    var concurrency = 64

    @Option(help: "Seconds to run.")
    var duration = 10.0

    @Option(help: "Event loop threads for the client.")
    var threads = 1

    @Option(help: "The server's process id, to report its CPU time per request.")
    var serverPid: Int?

    @Flag(help: "Speak plaintext Gopher instead of TLS.")
    var plaintext = false

    func validate() throws {
        guard Self.isLoopback(host) else { throw ValidationError("sanad-load only targets loopback addresses, not \(host).") }
        guard (1...20_000).contains(concurrency) else { throw ValidationError("--concurrency must be between 1 and 20000.") }
        guard duration > 0, duration <= 600 else { throw ValidationError("--duration must be between 0 and 600 seconds.") }
        guard (1...64).contains(threads) else { throw ValidationError("--threads must be between 1 and 64.") }
    }

    static func isLoopback(_ host: String) -> Bool {
        if host == "localhost" || host == "::1" { return true }
        let parts = host.split(separator: ".", omittingEmptySubsequences: false)
        return parts.count == 4 && parts[0] == "127" && parts.allSatisfy { UInt8($0) != nil }
    }

    func run() async throws {
        let group = MultiThreadedEventLoopGroup(numberOfThreads: threads)
        let sslContext: NIOSSLContext? = plaintext ? nil : try {
            var tls = TLSConfiguration.makeClientConfiguration()
            tls.certificateVerification = .none
            return try NIOSSLContext(configuration: tls)
        }()
        let address = try SocketAddress.makeAddressResolvingHost(host, port: port)
        let request = ByteBuffer(string: selector + "\r\n")
        let statistics = LoadStatistics()
        let cpuBefore = serverPid.flatMap(ProcessCPU.read)
        let start = NIODeadline.now()
        let end = start + .nanoseconds(Int64(duration * 1e9))

        let workers = (0..<concurrency).map { index in
            Worker(eventLoop: group.any(), address: address, request: request, sslContext: sslContext, end: end, statistics: statistics)
                .run()
        }
        for worker in workers { try await worker.get() }
        let elapsed = Double((NIODeadline.now() - start).nanoseconds) / 1e9
        let cpuAfter = serverPid.flatMap(ProcessCPU.read)
        try await group.shutdownGracefully()

        let report = statistics.snapshot()
        let ok = report.latencies.count
        let sorted = report.latencies.sorted()
        func percentile(_ p: Double) -> Double {
            guard !sorted.isEmpty else { return 0 }
            return Double(sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))]) / 1e6
        }
        print(String(format: "concurrency %d, %.1f s, %@", concurrency, elapsed, plaintext ? "plaintext" : "TLS"))
        print(String(format: "requests: %d ok, %d errors; %.0f req/s", ok, report.errors, Double(ok) / elapsed))
        print(String(format: "latency: p50 %.2f ms, p99 %.2f ms, max %.2f ms", percentile(0.5), percentile(0.99), percentile(1.0)))
        if ok > 0 { print("response: \(report.bytes / ok) bytes each (application data)") }
        if let cpuBefore, let cpuAfter, ok > 0 {
            let microseconds = Double(cpuAfter - cpuBefore) / Double(ProcessCPU.ticksPerSecond) * 1e6
            print(String(format: "server CPU: %.0f µs per request (%.2f s in %.1f s)", microseconds / Double(ok), microseconds / 1e6, elapsed))
        }
    }
}

/// One client loop: request after request on its event loop until the end time.
final class Worker: Sendable {
    let eventLoop: any EventLoop
    let address: SocketAddress
    let request: ByteBuffer
    let sslContext: NIOSSLContext?
    let end: NIODeadline
    let statistics: LoadStatistics
    /// A request that takes longer than this counts as an error.
    static let requestTimeout = TimeAmount.seconds(10)

    init(eventLoop: any EventLoop, address: SocketAddress, request: ByteBuffer, sslContext: NIOSSLContext?, end: NIODeadline, statistics: LoadStatistics) {
        self.eventLoop = eventLoop
        self.address = address
        self.request = request
        self.sslContext = sslContext
        self.end = end
        self.statistics = statistics
    }

    /// Completes when the end time has passed and the last request has finished.
    func run() -> EventLoopFuture<Void> {
        let promise = eventLoop.makePromise(of: Void.self)
        next(promise)
        return promise.futureResult
    }

    private func next(_ done: EventLoopPromise<Void>) {
        guard NIODeadline.now() < end else {
            done.succeed()
            return
        }
        let started = NIODeadline.now()
        let response = eventLoop.makePromise(of: Int.self)
        let sslContext = self.sslContext
        let request = self.request
        ClientBootstrap(group: eventLoop)
            .channelOption(.tcpOption(.tcp_nodelay), value: 1)
            .connectTimeout(Self.requestTimeout)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    if let sslContext {
                        try channel.pipeline.syncOperations.addHandler(NIOSSLClientHandler(context: sslContext, serverHostname: nil))
                    }
                    try channel.pipeline.syncOperations.addHandler(ResponseCollector(request: request, promise: response))
                }
            }
            .connect(to: address)
            .whenComplete { result in
                switch result {
                case .failure(let error): response.fail(error)
                case .success(let channel):
                    channel.eventLoop.scheduleTask(in: Self.requestTimeout) { channel.close(promise: nil) }
                }
            }
        response.futureResult.whenComplete { result in
            switch result {
            case .success(let bytes):
                self.statistics.record(latency: (NIODeadline.now() - started).nanoseconds, bytes: bytes)
            case .failure:
                self.statistics.recordError()
            }
            self.next(done)
        }
    }
}

/// Sends the request once the channel is active and counts the bytes until the server closes.
/// A response counts only if it ends with the Gopher terminator `.CRLF` (or is HTML).
final class ResponseCollector: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    let request: ByteBuffer
    let promise: EventLoopPromise<Int>
    var bytes = 0
    var tail: [UInt8] = []

    init(request: ByteBuffer, promise: EventLoopPromise<Int>) {
        self.request = request
        self.promise = promise
    }

    func channelActive(context: ChannelHandlerContext) {
        context.writeAndFlush(Self.wrapOutboundOut(request), promise: nil)
        context.fireChannelActive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let buffer = Self.unwrapInboundIn(data)
        bytes += buffer.readableBytes
        tail = Array((tail + buffer.readableBytesView).suffix(3))
    }

    func channelInactive(context: ChannelHandlerContext) {
        if tail == Array(".\r\n".utf8) {
            promise.succeed(bytes)
        } else {
            promise.fail(LoadError.incompleteResponse)
        }
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        // NIOSSL reports a server that closes without close_notify; the response still counts
        // if it was complete, which channelInactive decides.
        context.close(promise: nil)
    }
}

enum LoadError: Error {
    case incompleteResponse
}

/// Latencies and counts from every worker, behind a lock (contention is negligible at a few
/// thousand requests per second).
final class LoadStatistics: Sendable {
    struct Snapshot: Sendable {
        var latencies: [Int64] = []
        var errors = 0
        var bytes = 0
    }

    private let box = NIOLockedValueBox(Snapshot())

    func record(latency: Int64, bytes: Int) {
        box.withLockedValue {
            $0.latencies.append(latency)
            $0.bytes += bytes
        }
    }

    func recordError() {
        box.withLockedValue { $0.errors += 1 }
    }

    func snapshot() -> Snapshot { box.withLockedValue { $0 } }
}

/// CPU time of a process from /proc/PID/stat (user + system, in clock ticks).
enum ProcessCPU {
    static let ticksPerSecond = sysconf(Int32(_SC_CLK_TCK))

    static func read(pid: Int) -> Int? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return nil }
        // Fields after the command name (which may contain spaces): state is field 3, utime 14, stime 15.
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        guard fields.count > 13, let user = Int(fields[11]), let system = Int(fields[12]) else { return nil }
        return user + system
    }
}
