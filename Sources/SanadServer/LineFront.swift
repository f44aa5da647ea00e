import Catalogue
import LineInterface
import Logging
import NIOCore
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

extension LineFront: ConfiguredFront {
    /// Every host at ``ServerConfiguration/linePort`` (TLS, and plaintext when
    /// ``ServerConfiguration/allowPlaintext``); none when nil.
    public static func endpoints(in configuration: ServerConfiguration) -> [FrontEndpoint] {
        configuration.endpoints(port: configuration.linePort)
    }

    public init(configuration: ServerConfiguration, store: CatalogueStore, listeners: [BoundListener], statistics: ServerStatistics, logger: Logger) {
        self.init(store: store, textWidth: configuration.textWidth, limits: configuration.lineLimits, statistics: statistics)
    }
}
