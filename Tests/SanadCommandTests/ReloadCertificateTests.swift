import Foundation
import Logging
import NIOCore
import NIOPosix
import NIOSSL
import Testing
@testable import sanad
import SanadServer
import SanadTLS
import SanadTestSupport

/// Certificates re-read when their files change: new connections get the new one, a
/// connection already open finishes on the old one, a broken pair keeps the old one.
@Suite struct ReloadCertificateTests {
    @Test func aRenewedCertificateServesNewConnectionsWithoutDroppingOpenOnes() async throws {
        let stateDirectory = NSTemporaryDirectory() + "sanad-cert-test-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: stateDirectory) }
        let first = try SelfSignedCertificate.loadOrGenerate(stateDirectory: stateDirectory).credentials
        let keyPath = (stateDirectory as NSString).appendingPathComponent(SelfSignedCertificate.keyFileName)
        let configuration = ServerConfiguration(
            hosts: ["127.0.0.1"], gopherPort: 0, publicHost: "localhost",
            certificate: .files(certificate: first.certificatePath, key: keyPath), stateDirectory: stateDirectory, limits: TestServer.limits
        )
        let contexts = try TLSContextProvider(credentials: first)
        let server = try await FrontServer<GopherFront>.bind(
            configuration: configuration, store: CatalogueStore(TestDirectory.catalogue()), transport: TLSTransport(contexts: contexts),
            limiter: ConnectionLimiter(limits: TestServer.limits)
        )
        let serving = Task { try await server.run() }
        let watcher = CertificateWatcher(
            certificatePath: first.certificatePath, keyPath: keyPath, provider: contexts, pollInterval: .milliseconds(50),
            logger: Logger.quiet
        )
        let watching = Task { try await watcher.run() }
        let port = server.listeners[0].port

        #expect(await HealthCheck(host: "127.0.0.1", port: port, pin: first.publicKeyPin).run().exitStatus == 0)

        // A connection whose handshake is done but whose request is not yet sent.
        let open = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connect(host: "127.0.0.1", port: port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(NIOSSLClientHandler(context: TestClient.clientContext, serverHostname: nil))
                    return try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }

        // The renewal: a new key and certificate written over the old files.
        let renewed = try SelfSignedCertificate.generate()
        try renewed.save(stateDirectory: stateDirectory)
        let second = try TLSCredentials.load(certificatePath: first.certificatePath, keyPath: keyPath)
        #expect(second.publicKeyPin != first.publicKeyPin)
        var switched = false
        for _ in 0..<100 where !switched {
            switched = await HealthCheck(host: "127.0.0.1", port: port, pin: second.publicKeyPin).run().exitStatus == 0
            if !switched { try await Task.sleep(for: .milliseconds(50)) }
        }
        #expect(switched)
        #expect(await HealthCheck(host: "127.0.0.1", port: port, pin: first.publicKeyPin).run().exitStatus == 2)

        // The connection opened before the renewal still gets its answer.
        let answer = try await open.executeThenClose { inbound, outbound in
            try await outbound.write(ByteBuffer(string: "/\r\n"))
            var received: [UInt8] = []
            do { for try await chunk in inbound { received += Array(buffer: chunk) } } catch {}
            return String(decoding: received, as: UTF8.self)
        }
        #expect(answer.hasSuffix("\r\n.\r\n"))

        // A key that does not match the certificate keeps the renewed pair serving.
        let other = try SelfSignedCertificate.generate()
        try other.keyPEM.write(toFile: keyPath, atomically: true, encoding: .utf8)
        var failed = false
        for _ in 0..<100 where !failed {
            failed = watcher.statistics.failed >= 1
            if !failed { try await Task.sleep(for: .milliseconds(50)) }
        }
        #expect(failed)
        #expect(await HealthCheck(host: "127.0.0.1", port: port, pin: second.publicKeyPin).run().exitStatus == 0)

        watching.cancel()
        _ = await watching.result
        server.close()
        _ = await serving.result
    }
}

extension Logger {
    /// A logger that prints nothing below critical, for tests that log on purpose.
    static let quiet: Logger = {
        var logger = Logger(label: "test.quiet")
        logger.logLevel = .critical
        return logger
    }()
}
