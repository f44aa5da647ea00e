import Logging
import NIOCore
import NIOHTTP1

/// A plain HTTP port that only redirects to HTTPS (`--redirect-port`, 80 beside 443): the
/// web front's pipeline and limits with every request answered `301` to the same path on
/// HTTPS, so a browser typing the bare name reaches TLS. Never a page over plain HTTP here.
public struct WebRedirectFront: ConfiguredFront {
    public static let front = ServerStatistics.Front.web

    let web: WebFront

    public func setup(channel: any Channel, connection: FrontConnection) throws -> NIOAsyncChannel<WebFrontEvent, HTTPServerResponsePart> {
        try web.setup(channel: channel, connection: connection)
    }

    public func handle(_ value: NIOAsyncChannel<WebFrontEvent, HTTPServerResponsePart>, connection: FrontConnection) async throws {
        try await web.handle(value, connection: connection)
    }

    /// Every host at ``ServerConfiguration/webRedirectPort``, plaintext (that is its job).
    public static func endpoints(in configuration: ServerConfiguration) -> [FrontEndpoint] {
        guard let port = configuration.webRedirectPort else { return [] }
        return configuration.hosts.map { FrontEndpoint(host: $0, port: port, servesPlaintext: true) }
    }

    /// Redirects to ``ServerConfiguration/webPort`` (or, when the web is on Gopher's port, to 443).
    public init(configuration: ServerConfiguration, store: CatalogueStore, listeners: [BoundListener], statistics: ServerStatistics, logger: Logger) {
        let target = configuration.webPort ?? 443
        web = WebFront(
            store: store, site: WebSite(configuration: configuration), limits: configuration.webLimits, mode: .redirect(httpsPort: target),
            publicHost: configuration.publicHost ?? configuration.hosts.first ?? "localhost", statistics: statistics
        )
    }
}
