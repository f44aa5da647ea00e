import Crypto
import Foundation
import NIOSSL
import SwiftASN1
import X509

/// A self-signed ECDSA P-256 certificate for localhost, 127.0.0.1 and ::1, for local use.
///
/// Kept in the state directory (`tls-certificate.pem`, and `tls-key.pem` with mode 0600) and
/// reused on the next start, so its fingerprint stays the same; regenerated when it has expired.
public struct SelfSignedCertificate: Sendable {
    public var certificatePEM: String
    public var keyPEM: String

    public static let certificateFileName = "tls-certificate.pem"
    public static let keyFileName = "tls-key.pem"
    /// How long a generated certificate is valid.
    public static let validity: TimeInterval = 365 * 24 * 3600

    /// Generates a new key and certificate, valid from an hour ago (clock skew) for a year.
    public static func generate(now: Date = Date()) throws(TLSCredentialsError) -> SelfSignedCertificate {
        do {
            let key = P256.Signing.PrivateKey()
            let certificateKey = Certificate.PrivateKey(key)
            let name = try DistinguishedName { CommonName("localhost") }
            let extensions = try Certificate.Extensions {
                Critical(BasicConstraints.notCertificateAuthority)
                Critical(KeyUsage(digitalSignature: true))
                try ExtendedKeyUsage([.serverAuth])
                SubjectAlternativeNames([
                    .dnsName("localhost"),
                    .ipAddress(ASN1OctetString(contentBytes: [127, 0, 0, 1])),
                    .ipAddress(ASN1OctetString(contentBytes: ArraySlice([UInt8](repeating: 0, count: 15) + [1]))),
                ])
            }
            let certificate = try Certificate(
                version: .v3, serialNumber: Certificate.SerialNumber(), publicKey: certificateKey.publicKey,
                notValidBefore: now - 3600, notValidAfter: now + validity, issuer: name, subject: name,
                signatureAlgorithm: .ecdsaWithSHA256, extensions: extensions, issuerPrivateKey: certificateKey
            )
            return SelfSignedCertificate(certificatePEM: try certificate.serializeAsPEM().pemString, keyPEM: key.pemRepresentation)
        } catch {
            throw .generation(String(describing: error))
        }
    }

    /// The certificate in `stateDirectory`, generated and saved first if missing or expired.
    public static func loadOrGenerate(stateDirectory: String, now: Date = Date()) throws(TLSCredentialsError) -> (credentials: TLSCredentials, generated: Bool) {
        let certificatePath = (stateDirectory as NSString).appendingPathComponent(certificateFileName)
        let keyPath = (stateDirectory as NSString).appendingPathComponent(keyFileName)
        if let existing = try? String(contentsOfFile: certificatePath, encoding: .utf8),
           let parsed = try? Certificate(pemEncoded: existing),
           parsed.notValidAfter > now + 24 * 3600,
           FileManager.default.fileExists(atPath: keyPath) {
            return (try TLSCredentials.load(certificatePath: certificatePath, keyPath: keyPath), false)
        }
        let made = try generate(now: now)
        try made.save(stateDirectory: stateDirectory)
        return (try TLSCredentials.load(certificatePath: certificatePath, keyPath: keyPath), true)
    }

    /// Writes both files; the key with mode 0600 from the start (never world-readable, even briefly).
    public func save(stateDirectory: String) throws(TLSCredentialsError) {
        do {
            try FileManager.default.createDirectory(atPath: stateDirectory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw .stateDirectory(stateDirectory)
        }
        let directory = stateDirectory as NSString
        try Self.write(keyPEM, to: directory.appendingPathComponent(Self.keyFileName), mode: 0o600)
        try Self.write(certificatePEM, to: directory.appendingPathComponent(Self.certificateFileName), mode: 0o644)
    }

    /// Writes to a temporary file created with `mode`, then renames it over `path`.
    private static func write(_ text: String, to path: String, mode: mode_t) throws(TLSCredentialsError) {
        let temporary = path + ".tmp"
        unlink(temporary)
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL, mode)
        guard fd >= 0 else { throw .stateDirectory(path) }
        let bytes = Array(text.utf8)
        let written = bytes.withUnsafeBytes { Foundation.write(fd, $0.baseAddress, $0.count) }
        close(fd)
        guard written == bytes.count, rename(temporary, path) == 0 else {
            unlink(temporary)
            throw .stateDirectory(path)
        }
    }
}
