import ArgumentParser
import SanadServer
import SanadTLS

/// `sanad fingerprint`: the certificate's SHA-256 fingerprint and public-key pin, to publish
/// elsewhere so users can check what they connect to (`curl --pinnedpubkey`).
struct FingerprintCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fingerprint",
        abstract: "Print the server certificate's SHA-256 fingerprint and public-key pin."
    )

    @Option(help: "The state directory holding the generated certificate.")
    var stateDir = ".sanad"

    @Option(help: "A PEM certificate to read instead of the generated one.")
    var cert: String?

    func run() async throws {
        let path = cert ?? (stateDir.hasSuffix("/") ? stateDir : stateDir + "/") + SelfSignedCertificate.certificateFileName
        let certificate: CertificateFingerprint
        do {
            certificate = try CertificateFingerprint(pemFile: path)
        } catch {
            CommandSupport.printError(cert == nil
                ? "No certificate in \(stateDir): `sanad serve` generates one on its first start."
                : error.description)
            throw ExitCode.failure
        }
        print("certificate: \(path)")
        print("sha256 fingerprint: \(certificate.fingerprint)")
        print("public-key pin: \(certificate.publicKeyPin)")
        print("  curl --pinnedpubkey '\(certificate.publicKeyPin)' -k gophers://HOST:PORT/1/")
    }
}
