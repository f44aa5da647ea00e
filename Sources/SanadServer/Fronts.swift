import Logging
import NIOCore
import NIOPosix
import SanadTLS
import ServiceLifecycle

/// The fronts a configuration asks for, bound and ready to run: Gopher, the line interface,
/// Gemini and the web (alone, on Gopher's port, and its HTTP redirect port), each a
/// ``FrontServer`` sharing one connection limiter and one statistics object, and one transport
/// (certificate, reload, ticket policy), except the web's listeners, which take the web
/// transport (session tickets on, ALPN `http/1.1`). A front whose port is nil is not bound.
public struct Fronts: Sendable {
    public var gopher: FrontServer<GopherFront>?
    public var line: FrontServer<LineFront>?
    public var gemini: FrontServer<GeminiFront>?
    public var web: FrontServer<WebFront>?
    /// Gopher and the web on Gopher's listeners (``ServerConfiguration/webOnGopherPort``),
    /// instead of ``gopher``.
    public var gopherAndWeb: FrontServer<GopherWebFront>?
    public var webRedirect: FrontServer<WebRedirectFront>?

    /// Binds every enabled front of `configuration`. If one cannot be bound, those already
    /// bound are closed and the error is thrown. `webTransport` is the web's (tickets on, ALPN
    /// `http/1.1`); nil makes one from `transport`'s credentials (tests; `sanad serve` passes
    /// its own, which its certificate watcher renews).
    public static func bind(
        configuration: ServerConfiguration, store: CatalogueStore, transport: TLSTransport, webTransport: TLSTransport? = nil,
        limiter: ConnectionLimiter, group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton, statistics: ServerStatistics,
        logger: Logger
    ) async throws -> Fronts {
        func bindIfOn<Front: ConfiguredFront>(
            _: Front.Type, transport: TLSTransport = transport, configuration: ServerConfiguration = configuration
        ) async throws -> FrontServer<Front>? {
            guard !Front.endpoints(in: configuration).isEmpty else { return nil }
            return try await .bind(
                configuration: configuration, store: store, transport: transport, limiter: limiter, group: group,
                statistics: statistics, logger: logger
            )
        }
        var fronts = Fronts()
        do {
            let needsWeb = configuration.webPort != nil || configuration.webOnGopherPort
            let web = try needsWeb ? (webTransport ?? TLSTransport.web(credentials: transport.contexts.credentials, closeTimeout: transport.contexts.closeTimeout)) : transport
            if configuration.webOnGopherPort {
                // The web shares Gopher's extra listeners (443), or its port when there are
                // none; Gopher's own port beside them keeps its ticket policy (off).
                fronts.gopherAndWeb = try await bindIfOn(GopherWebFront.self, transport: web)
                if !configuration.extraListeners.isEmpty {
                    var gopherPortOnly = configuration
                    gopherPortOnly.extraListeners = []
                    fronts.gopher = try await bindIfOn(GopherFront.self, configuration: gopherPortOnly)
                }
            } else {
                fronts.gopher = try await bindIfOn(GopherFront.self)
            }
            fronts.line = try await bindIfOn(LineFront.self)
            fronts.gemini = try await bindIfOn(GeminiFront.self)
            fronts.web = try await bindIfOn(WebFront.self, transport: web)
            fronts.webRedirect = try await bindIfOn(WebRedirectFront.self)
        } catch {
            fronts.close()
            throw error
        }
        return fronts
    }

    /// The bound fronts as services, for the service group.
    public var services: [any Service] {
        var services: [any Service] = []
        if let gopher { services.append(gopher) }
        if let line { services.append(line) }
        if let gemini { services.append(gemini) }
        if let web { services.append(web) }
        if let gopherAndWeb { services.append(gopherAndWeb) }
        if let webRedirect { services.append(webRedirect) }
        return services
    }

    /// One line per listener of every bound front, for `sanad serve`'s start-up output.
    public func startupLines(fingerprint: String) -> [String] {
        (gopher?.startupLines(fingerprint: fingerprint) ?? []) + (line?.startupLines(fingerprint: fingerprint) ?? [])
            + (gemini?.startupLines(fingerprint: fingerprint) ?? [])
            + (gopherAndWeb?.startupLines(fingerprint: fingerprint).map { "gopher+web" + $0.dropFirst("gopher".count) } ?? [])
            + (web?.startupLines(fingerprint: fingerprint) ?? [])
            + (webRedirect?.listeners.map { "web: listening on \($0.hostAndPort) (plain HTTP, redirects to HTTPS)" } ?? [])
    }

    /// Stops accepting on every front.
    public func close() {
        gopher?.close()
        line?.close()
        gemini?.close()
        web?.close()
        gopherAndWeb?.close()
        webRedirect?.close()
    }
}

extension TLSTransport {
    /// The web front's transport: the same credentials, session tickets on (browsers resume)
    /// and ALPN `http/1.1` offered.
    public static func web(credentials: TLSCredentials, closeTimeout: TimeAmount = TLSCredentials.defaultCloseTimeout) throws -> TLSTransport {
        TLSTransport(contexts: try TLSContextProvider(
            credentials: credentials, closeTimeout: closeTimeout, sessionTickets: true, applicationProtocols: ["http/1.1"]
        ))
    }
}
