import Catalogue
import Foundation
import NIOCore
import SanadServer
import SanadTLS

/// A real front on a free loopback port, with a certificate generated for the test and limits
/// chosen by the test, on the same ``FrontServer`` as production: ``TestServer`` (Gopher),
/// ``LineTestServer`` and ``GeminiTestServer`` are this type for each front.
public struct TestFront<Child: FrontChannel>: Sendable {
    /// The running server.
    public let server: FrontServer<Child>
    public let task: Task<Void, any Error>
    public let limiter: ConnectionLimiter
    public let store: CatalogueStore
    public let stateDirectory: String

    /// The server (the name the line and Gemini tests use).
    public var front: FrontServer<Child> { server }

    /// The first bound port.
    public var port: Int { server.port }

    /// Limits for tests that do not test a deadline: generous, so a loaded machine (the whole
    /// suite runs in parallel on two cores) never turns a slow handshake into a failure.
    public static var limits: ServerLimits {
        ServerLimits(
            maximumRequestBytes: 1024, requestTimeout: .seconds(20), handshakeTimeout: .seconds(20),
            maximumConnections: 64, maximumConnectionsPerAddress: 16,
            refusalTimeout: .seconds(20), firstByteTimeout: .seconds(20)
        )
    }

    /// Limits for tests of the deadlines themselves.
    public static var shortLimits: ServerLimits {
        ServerLimits(
            maximumRequestBytes: 1024, requestTimeout: .seconds(1), handshakeTimeout: .seconds(1),
            maximumConnections: 64, maximumConnectionsPerAddress: 16,
            refusalTimeout: .seconds(1), firstByteTimeout: .seconds(1)
        )
    }

    /// A fresh state directory and a certificate generated in it.
    public static func makeCredentials(prefix: String = "sanad-test-") throws -> (stateDirectory: String, credentials: TLSCredentials) {
        let stateDirectory = NSTemporaryDirectory() + prefix + UUID().uuidString
        return (stateDirectory, try SelfSignedCertificate.loadOrGenerate(stateDirectory: stateDirectory).credentials)
    }

    /// Binds with `bind` (given the configuration, store, transport and limiter) and runs it.
    public static func start(
        configuration: ServerConfiguration, catalogue: Catalogue, stateDirectory: String, credentials: TLSCredentials,
        bind: (ServerConfiguration, CatalogueStore, TLSTransport, ConnectionLimiter) async throws -> FrontServer<Child>
    ) async throws -> TestFront {
        let limiter = ConnectionLimiter(limits: configuration.limits)
        let store = CatalogueStore(catalogue)
        let contexts = try TLSContextProvider(credentials: credentials, sessionTickets: configuration.sessionTickets)
        let server = try await bind(configuration, store, TLSTransport(contexts: contexts), limiter)
        let task = Task { try await server.run() }
        return TestFront(server: server, task: task, limiter: limiter, store: store, stateDirectory: stateDirectory)
    }

    /// Closes the listeners, waits for the connections in flight and removes the certificate.
    public func stop() async {
        server.close()
        _ = await task.result
        try? FileManager.default.removeItem(atPath: stateDirectory)
    }

    /// Closes the listeners and removes the certificate; the run task ends by itself.
    public func stopSoon() {
        server.close()
        try? FileManager.default.removeItem(atPath: stateDirectory)
    }
}

/// A Gopher test server.
public typealias TestServer = TestFront<GopherFront>
/// A line-interface test server.
public typealias LineTestServer = TestFront<LineFront>
/// A Gemini test server.
public typealias GeminiTestServer = TestFront<GeminiFront>

extension TestFront where Child == GopherFront {
    /// Gopher on `hosts` (port 0), menus naming `localhost`.
    public static func start(
        limits: ServerLimits = TestServer.limits, allowPlaintext: Bool = false, hosts: [String] = ["127.0.0.1"],
        catalogue: Catalogue = TestDirectory.catalogue()
    ) async throws -> TestServer {
        let (stateDirectory, credentials) = try makeCredentials()
        let configuration = ServerConfiguration(
            hosts: hosts, gopherPort: 0, publicHost: "localhost", stateDirectory: stateDirectory, allowPlaintext: allowPlaintext, limits: limits
        )
        return try await start(configuration: configuration, catalogue: catalogue, stateDirectory: stateDirectory, credentials: credentials) {
            try await .bind(configuration: $0, store: $1, transport: $2, limiter: $3)
        }
    }
}

extension TestFront where Child == LineFront {
    /// The line interface on 127.0.0.1 (port 0). The close grace is generous: under the whole
    /// suite on two cores, a session's task can wait more than a second for a thread, and the
    /// grace would then cut its last line.
    public static func start(
        lineLimits: LineFrontLimits = LineFrontLimits(
            idleTimeout: .seconds(60), idleWarningBefore: .seconds(1), sessionLength: .seconds(120), closeGrace: .seconds(5)
        ),
        serverLimits: ServerLimits = TestServer.limits, allowPlaintext: Bool = false
    ) async throws -> LineTestServer {
        let (stateDirectory, credentials) = try makeCredentials(prefix: "sanad-line-test-")
        let configuration = ServerConfiguration(
            hosts: ["127.0.0.1"], gopherPort: nil, linePort: 0, stateDirectory: stateDirectory, allowPlaintext: allowPlaintext,
            limits: serverLimits, lineLimits: lineLimits
        )
        return try await start(
            configuration: configuration, catalogue: TestDirectory.catalogue(), stateDirectory: stateDirectory, credentials: credentials
        ) {
            try await .bind(configuration: $0, store: $1, transport: $2, limiter: $3)
        }
    }
}

extension TestFront where Child == GeminiFront {
    /// Gemini on 127.0.0.1 (port 0), answering for `publicHost` and the certificate's names
    /// (localhost, 127.0.0.1, ::1) as `sanad serve` does.
    public static func start(
        rate: GeminiFrontLimits = GeminiFrontLimits(), limits: ServerLimits = TestServer.limits, publicHost: String? = nil,
        bundles: BundleShelf? = nil
    ) async throws -> GeminiTestServer {
        let (stateDirectory, credentials) = try makeCredentials(prefix: "sanad-gemini-test-")
        var configuration = ServerConfiguration(
            hosts: ["127.0.0.1"], gopherPort: nil, geminiPort: 0, publicHost: publicHost, stateDirectory: stateDirectory, limits: limits,
            geminiLimits: rate
        )
        configuration.certificateNames = credentials.names
        configuration.bundles = bundles
        return try await start(
            configuration: configuration, catalogue: TestDirectory.catalogue(), stateDirectory: stateDirectory, credentials: credentials
        ) {
            try await .bind(configuration: $0, store: $1, transport: $2, limiter: $3)
        }
    }
}

extension TLSTransport {
    /// The TLS wrapper for `credentials` with the server's default ticket policy (off).
    public static func testing(_ credentials: TLSCredentials) throws -> TLSTransport {
        TLSTransport(contexts: try TLSContextProvider(credentials: credentials))
    }
}
