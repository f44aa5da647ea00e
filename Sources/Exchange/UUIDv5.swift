import Crypto
import Foundation

/// Name-based UUIDs, version 5 (RFC 9562 §5.5): SHA-1 of a namespace and a name, so the same
/// Sanad entry always gets the same HSDS id, in every export and every language.
public enum UUIDv5 {
    /// The UUID of `name` in `namespace`, lowercase as HSDS examples write them.
    public static func make(namespace: UUID, name: String) -> String {
        let ns = namespace.uuid
        var bytes = [ns.0, ns.1, ns.2, ns.3, ns.4, ns.5, ns.6, ns.7, ns.8, ns.9, ns.10, ns.11, ns.12, ns.13, ns.14, ns.15]
        bytes.append(contentsOf: Array(name.utf8))
        var d = Array(Insecure.SHA1.hash(data: bytes).prefix(16))
        d[6] = (d[6] & 0x0F) | 0x50
        d[8] = (d[8] & 0x3F) | 0x80
        let uuid = UUID(uuid: (d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7], d[8], d[9], d[10], d[11], d[12], d[13], d[14], d[15]))
        return uuid.uuidString.lowercased()
    }
}
