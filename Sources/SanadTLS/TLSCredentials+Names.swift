import NIOCore
import NIOSSL
import SwiftASN1
import X509

extension TLSCredentials {
    /// The names the leaf certificate is issued for: its DNS and IP subject alternative names,
    /// or its common name when it has none (an old certificate). IP addresses are in their
    /// usual text form (`127.0.0.1`, `::1`). Empty when the certificate cannot be read.
    ///
    /// What a front that sees host names in requests (Gemini's absolute URLs) answers for.
    public var names: [String] {
        guard let der = try? certificateChain[0].toDERBytes(), let certificate = try? Certificate(derEncoded: der) else { return [] }
        var names: [String] = []
        if let alternatives = try? certificate.extensions.subjectAlternativeNames {
            for name in alternatives {
                switch name {
                case .dnsName(let dns): names.append(dns.lowercased())
                case .ipAddress(let octets): if let text = Self.addressText(Array(octets.bytes)) { names.append(text) }
                default: continue
                }
            }
        }
        if names.isEmpty {
            for attribute in certificate.subject.flatMap({ $0 }) where attribute.type == .RDNAttributeType.commonName {
                names.append(String(describing: attribute.value).lowercased())
            }
        }
        return names
    }

    /// Four or sixteen bytes as an address literal.
    static func addressText(_ bytes: [UInt8]) -> String? {
        guard bytes.count == 4 || bytes.count == 16 else { return nil }
        var buffer = ByteBuffer()
        buffer.writeBytes(bytes)
        return (try? SocketAddress(packedIPAddress: buffer, port: 0))?.ipAddress
    }
}
