import Catalogue
import Logging
import SanadServer
import SanadTLS
import Web

/// A web test server.
public typealias WebTestServer = TestFront<WebFront>
/// Gopher and the web on one port.
public typealias GopherWebTestServer = TestFront<GopherWebFront>

extension TestFront where Child == WebFront {
    /// The web front on 127.0.0.1 (port 0), with the web's own transport (tickets on, ALPN
    /// `http/1.1`), as `sanad serve` runs it.
    public static func start(
        webLimits: WebFrontLimits = WebFrontLimits(), limits: ServerLimits = TestServer.limits, allowPlaintext: Bool = false,
        site: WebSiteOptions = WebSiteOptions(), logger: Logger = Logger(label: "sanad-test"), catalogue: Catalogue = TestDirectory.catalogue()
    ) async throws -> WebTestServer {
        let (stateDirectory, credentials) = try makeCredentials(prefix: "sanad-web-test-")
        let configuration = ServerConfiguration(
            hosts: ["127.0.0.1"], gopherPort: nil, publicHost: "localhost", stateDirectory: stateDirectory, allowPlaintext: allowPlaintext,
            limits: limits, webPort: 0, webLimits: webLimits, webSite: site
        )
        return try await start(configuration: configuration, catalogue: catalogue, stateDirectory: stateDirectory, credentials: credentials) {
            try await .bind(configuration: $0, store: $1, transport: try .web(credentials: credentials), limiter: $3, logger: logger)
        }
    }
}

extension TestFront where Child == GopherWebFront {
    /// Gopher and the web on one port (127.0.0.1, port 0), as deploy/ runs 443.
    public static func start(
        allowPlaintext: Bool = false, limits: ServerLimits = TestServer.limits, logger: Logger = Logger(label: "sanad-test"),
        catalogue: Catalogue = TestDirectory.catalogue()
    ) async throws -> GopherWebTestServer {
        let (stateDirectory, credentials) = try makeCredentials(prefix: "sanad-shared-test-")
        let configuration = ServerConfiguration(
            hosts: ["127.0.0.1"], gopherPort: 0, publicHost: "localhost", stateDirectory: stateDirectory, allowPlaintext: allowPlaintext,
            limits: limits, webOnGopherPort: true
        )
        return try await start(configuration: configuration, catalogue: catalogue, stateDirectory: stateDirectory, credentials: credentials) {
            try await .bind(configuration: $0, store: $1, transport: try .web(credentials: credentials), limiter: $3, logger: logger)
        }
    }
}
