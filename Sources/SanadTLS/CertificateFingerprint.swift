import Crypto
import Foundation
import NIOSSL

/// The fingerprints of a certificate, as an operator publishes them: the SHA-256 of the
/// certificate and the public-key pin curl's `--pinnedpubkey` takes.
public struct CertificateFingerprint: Sendable, Hashable {
    /// SHA-256 of the DER certificate, as `AB:CD:…`.
    public var fingerprint: String
    /// `sha256//` and the base64 SHA-256 of the SubjectPublicKeyInfo.
    public var publicKeyPin: String

    public init(_ certificate: NIOSSLCertificate) throws(TLSCredentialsError) {
        do {
            let der = try certificate.toDERBytes()
            let spki = try certificate.extractPublicKey().toSPKIBytes()
            fingerprint = SHA256.hash(data: der).map { byte in
                let hex = String(byte, radix: 16, uppercase: true)
                return byte < 16 ? "0" + hex : hex
            }.joined(separator: ":")
            publicKeyPin = "sha256//" + Data(SHA256.hash(data: spki)).base64EncodedString()
        } catch {
            throw .invalidCertificate("the certificate")
        }
    }

    /// The fingerprints of the first certificate in a PEM file.
    public init(pemFile path: String) throws(TLSCredentialsError) {
        guard let first = try? NIOSSLCertificate.fromPEMFile(path).first else { throw .invalidCertificate(path) }
        try self.init(first)
    }
}
