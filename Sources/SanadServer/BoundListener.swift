import NIOCore

/// One bound listening socket of a front, for the start-up lines and tests (built only by
/// ``FrontServer``, so its initializer is synthesised).
public struct BoundListener: Sendable, CustomStringConvertible {
    public var address: SocketAddress
    /// Whether plaintext is served here (otherwise a plaintext client gets a refusal).
    public var servesPlaintext: Bool

    /// The bound port.
    public var port: Int { address.port ?? 0 }

    /// `127.0.0.1:7070` or `[::1]:7070`.
    public var hostAndPort: String { ListenAddress(host: address.ipAddress ?? "?", port: port).description }

    public var description: String { hostAndPort }
}
