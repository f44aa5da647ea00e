import CNIOBoringSSL
import NIOSSL

/// Turns off TLS session tickets and the session cache on a server context.
///
/// swift-nio-ssl's BoringSSL sends two TLS 1.3 NewSessionTicket messages after every handshake
/// (198 bytes each here, 418 bytes on the wire with their record), and resumption does work with
/// them (`openssl s_client -sess_out`/`-sess_in` reports "Reused"). But Gopher clients make one
/// request per process (curl, sacc) and never present a ticket, so on every connection the
/// tickets are pure cost: about 15 % of the bytes of a root request. swift-nio-ssl 2.37 has no
/// option for this, so the context's `SSL_CTX` is reached by reflection and configured with
/// `SSL_CTX_set_num_tickets(0)`, `SSL_OP_NO_TICKET` and `SSL_SESS_CACHE_OFF`, once, before the
/// context is used by any connection.
enum SessionTickets {
    /// Disables tickets and the session cache on `context`. Returns false when the private field
    /// could not be found (a swift-nio-ssl change); the server then still works, with tickets.
    @discardableResult
    static func disable(on context: NIOSSLContext) -> Bool {
        guard let pointer = Mirror(reflecting: context).children.first(where: { $0.label == "sslContext" })?.value as? OpaquePointer else {
            return false
        }
        guard SSL_CTX_set_num_tickets(pointer, 0) == 1 else { return false }
        _ = SSL_CTX_set_options(pointer, UInt32(SSL_OP_NO_TICKET))
        _ = SSL_CTX_set_session_cache_mode(pointer, SSL_SESS_CACHE_OFF)
        return true
    }
}
