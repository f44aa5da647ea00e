import CNIOBoringSSL
import NIOSSL

/// Turns TLS session tickets off on a server context, or down to one per handshake.
///
/// **A documented exception** (one of two, with `CYaml` in DirectoryFiles/YAMLReader.swift):
/// this file reaches into swift-nio-ssl. `import CNIOBoringSSL` is not a product of that
/// package, and the `SSL_CTX` is its `fileprivate let sslContext` (SSLContext.swift), found by
/// reflection. `script/check-imports` allows that import here and nowhere else, and
/// Package.swift pins swift-nio-ssl to `.upToNextMinor(from: "2.37.6")` so only a patch release
/// can arrive unreviewed. If the field is ever renamed, ``disable(on:)`` and ``limit(on:)``
/// return false and the server refuses to start (``TLSCredentialsError/sessionTickets``)
/// instead of silently sending tickets; a tripwire test fails first.
///
/// Why: swift-nio-ssl's BoringSSL sends two TLS 1.3 NewSessionTicket messages after every
/// handshake (198 bytes each here, 418 bytes on the wire with their record), and resumption
/// does work with them (`openssl s_client -sess_out`/`-sess_in` reports "Reused"). But Gopher
/// clients make one request per process (curl, sacc) and never present a ticket, so on every
/// connection the tickets are pure cost: the root grows from 2,287 to 2,704 bytes.
/// swift-nio-ssl 2.37 has no option for this, so the context is configured with
/// `SSL_CTX_set_num_tickets(0)`, `SSL_OP_NO_TICKET` and `SSL_SESS_CACHE_OFF`, once, before the
/// context is used by any connection. The right fix is a `TLSConfiguration` knob upstream;
/// then this file goes.
///
/// An operator whose clients do resume turns tickets on with `tls.session_tickets`
/// (`--session-tickets`); a web front will want them on. Then one ticket is sent, not two: a
/// client that resumes uses one ticket per connection and gets a fresh one each time. Measured
/// on the root with OpenSSL 3.0's s_client (docs/BENCHMARKS.md): 2,287 bytes on the wire
/// without tickets; with one ticket 2,506 for a first visit and 2,257 resumed (with
/// BoringSSL's two: 2,704 and 2,455).
enum SessionTickets {
    /// Tickets sent after each handshake when they are on.
    static let ticketsWhenOn = 1

    /// Sends ``ticketsWhenOn`` ticket after each handshake instead of BoringSSL's two. Returns
    /// false when the private field could not be found; the context would then send two.
    static func limit(on context: NIOSSLContext) -> Bool {
        guard let pointer = sslContext(of: context) else { return false }
        return SSL_CTX_set_num_tickets(pointer, ticketsWhenOn) == 1
    }

    /// Disables tickets and the session cache on `context`. Returns false when the private field
    /// could not be found (a swift-nio-ssl change); the context would then send tickets.
    static func disable(on context: NIOSSLContext) -> Bool {
        guard let pointer = sslContext(of: context) else { return false }
        guard SSL_CTX_set_num_tickets(pointer, 0) == 1 else { return false }
        _ = SSL_CTX_set_options(pointer, UInt32(SSL_OP_NO_TICKET))
        _ = SSL_CTX_set_session_cache_mode(pointer, SSL_SESS_CACHE_OFF)
        return true
    }

    /// How many tickets `context` sends after each handshake (BoringSSL's default is 2), or nil
    /// when its `SSL_CTX` cannot be reached.
    static func ticketCount(of context: NIOSSLContext) -> Int? {
        sslContext(of: context).map { Int(SSL_CTX_get_num_tickets($0)) }
    }

    /// swift-nio-ssl's private `SSL_CTX` pointer of `context`.
    private static func sslContext(of context: NIOSSLContext) -> OpaquePointer? {
        Mirror(reflecting: context).children.first(where: { $0.label == "sslContext" })?.value as? OpaquePointer
    }
}
