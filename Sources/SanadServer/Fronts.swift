import Logging
import NIOCore
import NIOPosix
import SanadTLS
import ServiceLifecycle

/// The fronts a configuration asks for, bound and ready to run: Gopher, the line interface and
/// Gemini, each a ``FrontServer`` sharing one transport (certificate, reload, ticket policy),
/// one connection limiter and one statistics object. A front whose port is nil is not bound.
public struct Fronts: Sendable {
    public var gopher: FrontServer<GopherFront>?
    public var line: FrontServer<LineFront>?
    public var gemini: FrontServer<GeminiFront>?

    /// Binds every enabled front of `configuration`. If one cannot be bound, those already
    /// bound are closed and the error is thrown.
    public static func bind(
        configuration: ServerConfiguration, store: CatalogueStore, transport: TLSTransport, limiter: ConnectionLimiter,
        group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton, statistics: ServerStatistics, logger: Logger
    ) async throws -> Fronts {
        func bindIfOn<Front: ConfiguredFront>(_: Front.Type) async throws -> FrontServer<Front>? {
            guard !Front.endpoints(in: configuration).isEmpty else { return nil }
            return try await .bind(
                configuration: configuration, store: store, transport: transport, limiter: limiter, group: group,
                statistics: statistics, logger: logger
            )
        }
        var fronts = Fronts()
        do {
            fronts.gopher = try await bindIfOn(GopherFront.self)
            fronts.line = try await bindIfOn(LineFront.self)
            fronts.gemini = try await bindIfOn(GeminiFront.self)
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
        return services
    }

    /// One line per listener of every bound front, for `sanad serve`'s start-up output.
    public func startupLines(fingerprint: String) -> [String] {
        (gopher?.startupLines(fingerprint: fingerprint) ?? []) + (line?.startupLines(fingerprint: fingerprint) ?? [])
            + (gemini?.startupLines(fingerprint: fingerprint) ?? [])
    }

    /// Stops accepting on every front.
    public func close() {
        gopher?.close()
        line?.close()
        gemini?.close()
    }
}
