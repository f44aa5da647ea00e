import Foundation
import Logging
import NIOConcurrencyHelpers
import ServiceLifecycle

/// Re-reads the certificate and key when their files change (a Let's Encrypt renewal) and
/// gives them to the ``TLSContextProvider``: new connections get the new certificate, open
/// ones are not touched, nothing restarts.
///
/// Polls the two files' size, modification time and inode; a change must be stable for one
/// interval (the renewal hook writes the key, then the chain) before it is read. A pair that
/// does not load, or whose key does not match the certificate, keeps the old one serving
/// and is logged.
///
/// Why not swift-nio-extras' `TimedCertificateReloader`: it hands its pair to every handshake
/// through NIOSSL's context callback, which suspends the handshake, makes a promise, hops to
/// the next event-loop tick, then sets the certificate (re-encoded to DER) and the key on each
/// connection. This watcher swaps the whole context once per renewal instead, so a handshake
/// costs nothing extra; and the reloader would add swift-nio-extras and swift-async-algorithms
/// to the build. Its per-handshake cost could not be counted here (valgrind 3.19 stops with an
/// internal error on Swift 6.3 binaries, and this machine has no hardware counters for perf),
/// so it was not adopted.
public final class CertificateWatcher: ServiceLifecycle.Service, Sendable {
    private let certificatePath: String
    private let keyPath: String
    private let provider: TLSContextProvider
    private let pollInterval: Duration
    private let logger: Logger
    private let reloads = NIOLockedValueBox((succeeded: 0, failed: 0))

    public init(certificatePath: String, keyPath: String, provider: TLSContextProvider, pollInterval: Duration = .seconds(5), logger: Logger) {
        self.certificatePath = certificatePath
        self.keyPath = keyPath
        self.provider = provider
        self.pollInterval = pollInterval
        self.logger = logger
    }

    /// Certificate reloads that succeeded and failed, for tests.
    public var statistics: (succeeded: Int, failed: Int) { reloads.withLockedValue { $0 } }

    /// Polls until graceful shutdown or cancellation.
    public func run() async throws {
        do {
            try await cancelWhenGracefulShutdown {
                var loaded = self.stamps()
                var previous = loaded
                while true {
                    try await Task.sleep(for: self.pollInterval)
                    let current = self.stamps()
                    if current != loaded, current == previous {
                        loaded = current
                        self.reload()
                    }
                    previous = current
                }
            }
        } catch is CancellationError {
        }
    }

    /// Reads the pair now and swaps it in if it works.
    public func reload() {
        do {
            let credentials = try TLSCredentials.load(certificatePath: certificatePath, keyPath: keyPath)
            try provider.replace(with: credentials)
            reloads.withLockedValue { $0.succeeded += 1 }
            logger.info("tls: certificate reloaded from \(certificatePath) (SHA-256 \(credentials.fingerprint), pin \(credentials.publicKeyPin))")
        } catch {
            reloads.withLockedValue { $0.failed += 1 }
            let reason = (error as? TLSCredentialsError)?.description ?? "The key does not match the certificate, or TLS rejected them."
            logger.error("tls: \(reason) Still serving the previous certificate.")
        }
    }

    private func stamps() -> [FileStamp?] {
        [certificatePath, keyPath].map { FileStamp.of($0) }
    }
}
