import ArgumentParser
import Catalogue
import Foundation
import Trust

/// `sanad verify FILE --signature FILE.sig --allowed-signers FILE`: checks an OpenSSH signature
/// (SSHSIG, Ed25519) the way `ssh-keygen -Y verify` does, without ssh-keygen.
struct VerifyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check that a file (a pocket directory) was signed by a maintainer in the allowed signers file.",
        discussion: "Exit status 0 when the signature is good and its key belongs to a principal allowed for the namespace; 1 otherwise."
    )

    @Argument(help: "The signed file.")
    var file: String

    @Option(help: ArgumentHelp("The signature (default: FILE.sig).", valueName: "FILE"))
    var signature: String?

    @Option(help: ArgumentHelp("The allowed signers file.", valueName: "FILE"))
    var allowedSigners: String

    @Option(help: "The signature's namespace.")
    var namespace = Catalogue.bundleNamespace

    func run() async throws {
        let signaturePath = signature ?? file + ".sig"
        do {
            guard let message = FileManager.default.contents(atPath: file) else { throw TrustError.file("\(file) cannot be read.") }
            guard let sigData = FileManager.default.contents(atPath: signaturePath) else {
                throw TrustError.file("The signature \(signaturePath) cannot be read.")
            }
            let sig = try SSHSignature(armoured: String(decoding: sigData, as: UTF8.self))
            let allowed = try AllowedSigners(path: allowedSigners)
            let principals = try allowed.verify(message, signature: sig, namespace: namespace)
            print("Good \"\(namespace)\" signature on \(file) by \(principals.joined(separator: ", ")) with ED25519 key \(sig.publicKey.fingerprint).")
        } catch let error as TrustError {
            CommandSupport.printError("\(file): \(error.description)")
            throw ExitCode.failure
        }
    }
}
