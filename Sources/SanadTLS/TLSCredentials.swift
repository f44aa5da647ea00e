import NIOCore
import NIOSSL

/// The server's certificate chain and private key, with the fingerprints an operator publishes.
///
/// Built once at start (from PEM files or the generated self-signed certificate) and shared by
/// every TLS listener, whatever the front, through ``makeServerContext(closeTimeout:sessionTickets:)``.
public struct TLSCredentials: Sendable {
    /// The leaf first.
    public let certificateChain: [NIOSSLCertificate]
    public let privateKey: NIOSSLPrivateKey
    /// The PEM file the certificate was read from (what `SSL_CERT_FILE` can point at).
    public let certificatePath: String

    /// Builds credentials from loaded values.
    public init(certificateChain: [NIOSSLCertificate], privateKey: NIOSSLPrivateKey, certificatePath: String) throws(TLSCredentialsError) {
        guard !certificateChain.isEmpty else { throw .invalidCertificate(certificatePath) }
        self.certificateChain = certificateChain
        self.privateKey = privateKey
        self.certificatePath = certificatePath
    }

    /// Reads a PEM certificate chain and a PEM private key.
    public static func load(certificatePath: String, keyPath: String) throws(TLSCredentialsError) -> TLSCredentials {
        let chain: [NIOSSLCertificate]
        do {
            chain = try NIOSSLCertificate.fromPEMFile(certificatePath)
        } catch {
            throw .invalidCertificate(certificatePath)
        }
        let key: NIOSSLPrivateKey
        do {
            key = try NIOSSLPrivateKey(file: keyPath, format: .pem)
        } catch {
            throw .invalidKey(keyPath)
        }
        return try TLSCredentials(certificateChain: chain, privateKey: key, certificatePath: certificatePath)
    }

    /// How long a closing connection waits for the client's close_notify by default
    /// (swift-nio-ssl's own default is 5 s, which lets a client hold a finished connection).
    public static let defaultCloseTimeout = TimeAmount.seconds(2)

    /// The server TLS configuration: TLS 1.2 minimum, forward-secret AEAD suites only.
    /// `closeTimeout` bounds how long a closing connection waits for the client's close_notify;
    /// `applicationProtocols` are offered by ALPN (`http/1.1` where the web front listens).
    public func makeServerConfiguration(
        closeTimeout: TimeAmount = TLSCredentials.defaultCloseTimeout, applicationProtocols: [String] = []
    ) -> TLSConfiguration {
        var tls = TLSConfiguration.makeServerConfiguration(
            certificateChain: certificateChain.map { .certificate($0) },
            privateKey: .privateKey(privateKey)
        )
        tls.minimumTLSVersion = .tlsv12
        tls.cipherSuites = Self.tls12CipherSuites
        tls.certificateVerification = .none
        tls.shutdownTimeout = closeTimeout
        tls.applicationProtocols = applicationProtocols
        return tls
    }

    /// A server context for NIOSSLServerHandler, with session tickets and the session cache
    /// off unless `sessionTickets` (see ``SessionTickets``). Make it once per listener set, not
    /// per connection: building a context parses the key and certificate again.
    ///
    /// Throws ``TLSCredentialsError/sessionTickets`` rather than silently sending tickets when
    /// the workaround no longer reaches the context (a swift-nio-ssl change).
    public func makeServerContext(
        closeTimeout: TimeAmount = TLSCredentials.defaultCloseTimeout, sessionTickets: Bool = false, applicationProtocols: [String] = []
    ) throws -> NIOSSLContext {
        let context = try NIOSSLContext(configuration: makeServerConfiguration(closeTimeout: closeTimeout, applicationProtocols: applicationProtocols))
        let applied = sessionTickets ? SessionTickets.limit(on: context) : SessionTickets.disable(on: context)
        guard applied else { throw TLSCredentialsError.sessionTickets }
        return context
    }

    /// TLS 1.2 suites allowed (TLS 1.3 suites are fixed by BoringSSL and all modern).
    static let tls12CipherSuites = [
        "ECDHE-ECDSA-AES128-GCM-SHA256", "ECDHE-ECDSA-CHACHA20-POLY1305", "ECDHE-ECDSA-AES256-GCM-SHA384",
        "ECDHE-RSA-AES128-GCM-SHA256", "ECDHE-RSA-CHACHA20-POLY1305", "ECDHE-RSA-AES256-GCM-SHA384",
    ].joined(separator: ":")

    /// SHA-256 of the leaf certificate (DER), as colon-separated upper-case hex: `AB:CD:…`.
    public var fingerprint: String {
        (try? CertificateFingerprint(certificateChain[0]).fingerprint) ?? "unknown"
    }

    /// The public-key pin for `curl --pinnedpubkey`: `sha256//` and the base64 SHA-256 of the
    /// leaf's SubjectPublicKeyInfo. Survives certificate renewal with the same key.
    public var publicKeyPin: String {
        (try? CertificateFingerprint(certificateChain[0]).publicKeyPin) ?? "unknown"
    }
}

/// Why credentials could not be loaded or made. One plain sentence each.
public enum TLSCredentialsError: Error, Sendable, Hashable, CustomStringConvertible {
    case invalidCertificate(String)
    case invalidKey(String)
    case stateDirectory(String)
    case generation(String)
    /// The session-ticket workaround (``SessionTickets``) no longer reaches swift-nio-ssl's context.
    case sessionTickets

    public var description: String {
        switch self {
        case .invalidCertificate(let path): return "Cannot read a PEM certificate from \(path)."
        case .invalidKey(let path): return "Cannot read a PEM private key from \(path)."
        case .stateDirectory(let path): return "Cannot write the certificate into the state directory \(path)."
        case .generation(let reason): return "Cannot generate a certificate: \(reason)."
        case .sessionTickets:
            return "Cannot configure TLS session tickets: this swift-nio-ssl no longer exposes its context as SessionTickets.swift expects (see that file), so the server refuses to start rather than send tickets unasked."
        }
    }
}
