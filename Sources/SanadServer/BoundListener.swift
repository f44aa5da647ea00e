import NIOCore

/// One bound listening socket of a front, for the start-up lines and tests.
public struct BoundListener: Sendable, CustomStringConvertible {
    public var address: SocketAddress
    /// Whether plaintext is served here (otherwise a plaintext client gets a refusal).
    public var servesPlaintext: Bool

    public init(address: SocketAddress, servesPlaintext: Bool) {
        self.address = address
        self.servesPlaintext = servesPlaintext
    }

    /// The bound port.
    public var port: Int { address.port ?? 0 }

    /// `127.0.0.1:7070` or `[::1]:7070`.
    public var hostAndPort: String { ListenAddress(host: address.ipAddress ?? "?", port: port).description }

    public var description: String { hostAndPort }
}
