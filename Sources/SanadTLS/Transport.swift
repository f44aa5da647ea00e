/// How a connection's bytes travel, once its transport is up.
public enum Transport: Sendable, Hashable {
    /// The client spoke plaintext (its first byte did not start a TLS record).
    case plaintext
    /// The TLS handshake completed; `applicationProtocol` is what ALPN agreed (`http/1.1`), or
    /// nil when the client offered none (Gopher, Gemini and terminal clients).
    case tls(applicationProtocol: String?)

    /// Whether the connection is encrypted.
    public var isSecure: Bool {
        if case .tls = self { return true }
        return false
    }
}

/// The user event the transport handlers fire once per connection, when the transport is up:
/// after the TLS handshake, or at the first plaintext byte (before that byte is passed on).
/// Whatever sits after the transport (the server's setup handler) chooses and installs the
/// front's pipeline on it, so a front never reacts to TLS events itself.
public struct TransportReady: Sendable, Hashable {
    public var transport: Transport

    public init(_ transport: Transport) {
        self.transport = transport
    }
}
