import Catalogue
import LineInterface
import Logging
import NIOCore
import NIOPosix
import SanadTLS

/// The line interface (telnet-style; port 992 "telnets" in production): one connection, one
/// handshake, then as many pages as the user wants. It runs on ``FrontServer``; this type is
/// only the line pipeline (telnet decoding with its limits, the session clocks) and the
/// conversation: a ``LineSession`` driven by async code. The server speaks first: banner, root
/// menu, prompt.
public struct LineFront: FrontChannel {
    public static let front = ServerStatistics.Front.line

    /// The port used when none is configured, on loopback: 9992 (production uses 992).
    public static let defaultPort = 9992

    let store: CatalogueStore
    let settings: LineSession.Settings
    let limits: LineFrontLimits
    let statistics: ServerStatistics

    public init(store: CatalogueStore, textWidth: Int, limits: LineFrontLimits, statistics: ServerStatistics) {
        self.store = store
        settings = LineSession.Settings(width: textWidth, screenHeight: limits.screenHeight)
        self.limits = limits
        self.statistics = statistics
    }

    /// Telnet decoder (bounded) → clocks → async channel.
    public func setup(channel: any Channel, connection: FrontConnection) throws -> NIOAsyncChannel<LineFrontEvent, ByteBuffer> {
        let pipeline = channel.pipeline.syncOperations
        try pipeline.addHandler(ByteToMessageHandler(
            TelnetLineFrameDecoder(limits: limits.input),
            maximumBufferSize: TelnetLineFrameDecoder.maximumBufferSize
        ))
        try pipeline.addHandler(LineFrontSessionHandler(limits: limits))
        return try NIOAsyncChannel(wrappingChannelSynchronously: channel)
    }
}

extension FrontServer where Child == LineFront {
    /// Binds the line interface on every host of `configuration` at its
    /// ``ServerConfiguration/linePort`` (TLS, and plaintext when
    /// ``ServerConfiguration/allowPlaintext``). The caller binds it only when the port is set.
    public static func line(
        configuration: ServerConfiguration, port: Int, store: CatalogueStore, transport: TLSTransport, limiter: ConnectionLimiter,
        group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton, statistics: ServerStatistics = ServerStatistics(),
        logger: Logger = Logger(label: "sanad.line")
    ) async throws -> FrontServer<LineFront> {
        try await bind(
            endpoints: configuration.endpoints(port: port), transport: transport, limiter: limiter,
            handshakeTimeout: configuration.limits.handshakeTimeout, group: group, statistics: statistics, logger: logger
        ) { _ in
            LineFront(store: store, textWidth: configuration.textWidth, limits: configuration.lineLimits, statistics: statistics)
        }
    }
}
