import Crypto
import Foundation
import Testing
@testable import Trust

/// SSHSIG interoperability with OpenSSH, both ways, and every refusal.
@Suite struct SSHSignatureTests {
    let message = Data("Pocket directory\n+353 1 21 00 489\n".utf8)

    /// A folder with a message, a key pair and an allowed signers file naming it `alice`.
    func setUp() throws -> (folder: String, key: String, allowed: String) {
        let folder = try Shell.scratch("sig")
        let key = try Shell.sshKey(in: folder, name: "alice")
        try message.write(to: URL(fileURLWithPath: folder + "/bundle.txt"))
        try "alice \(key.publicKey)\n".write(toFile: folder + "/allowed_signers", atomically: true, encoding: .utf8)
        return (folder, key.path, folder + "/allowed_signers")
    }

    @Test func sanadVerifiesWhatSSHKeygenSigned() throws {
        let (folder, key, allowedPath) = try setUp()
        try Shell.ok(["ssh-keygen", "-Y", "sign", "-q", "-f", key, "-n", "sanad-bundle", folder + "/bundle.txt"])
        let signature = try SSHSignature(armoured: String(contentsOfFile: folder + "/bundle.txt.sig", encoding: .utf8))
        let allowed = try AllowedSigners(path: allowedPath)
        #expect(try allowed.verify(message, signature: signature, namespace: "sanad-bundle") == ["alice"])
        // Our fingerprint is ssh-keygen's.
        let printed = try Shell.ok(["ssh-keygen", "-l", "-f", key + ".pub"])
        #expect(printed.contains(signature.publicKey.fingerprint))
        // The blob round-trips byte for byte.
        #expect(try SSHSignature(armoured: signature.armoured) == signature)
    }

    @Test func sshKeygenVerifiesWhatSanadSigned() throws {
        let folder = try Shell.scratch("sig2")
        let key = Curve25519.Signing.PrivateKey()
        let signature = try SSHSignature.sign(message, namespace: "sanad-bundle", key: key)
        try message.write(to: URL(fileURLWithPath: folder + "/bundle.txt"))
        try signature.armoured.write(toFile: folder + "/bundle.txt.sig", atomically: true, encoding: .utf8)
        try "bob \(signature.publicKey.openSSH)\n".write(toFile: folder + "/allowed", atomically: true, encoding: .utf8)
        let good = try Shell.run(["ssh-keygen", "-Y", "verify", "-f", folder + "/allowed", "-I", "bob", "-n", "sanad-bundle",
                                  "-s", folder + "/bundle.txt.sig"], input: message)
        #expect(good.status == 0, "\(good.stderr)")
        // And ssh-keygen refuses a changed byte, so the test can fail.
        var changed = message
        changed[0] ^= 1
        let bad = try Shell.run(["ssh-keygen", "-Y", "verify", "-f", folder + "/allowed", "-I", "bob", "-n", "sanad-bundle",
                                 "-s", folder + "/bundle.txt.sig"], input: changed)
        #expect(bad.status != 0)
    }

    @Test func aChangedByteIsRefused() throws {
        let (folder, key, allowedPath) = try setUp()
        try Shell.ok(["ssh-keygen", "-Y", "sign", "-q", "-f", key, "-n", "sanad-bundle", folder + "/bundle.txt"])
        let signature = try SSHSignature(armoured: String(contentsOfFile: folder + "/bundle.txt.sig", encoding: .utf8))
        var changed = message
        changed[changed.count - 3] ^= 0x01  // "8" becomes "9"
        #expect(throws: TrustError.badSignature) {
            _ = try AllowedSigners(path: allowedPath).verify(changed, signature: signature, namespace: "sanad-bundle")
        }
    }

    @Test func aWrongNamespaceIsRefused() throws {
        let (folder, key, allowedPath) = try setUp()
        try Shell.ok(["ssh-keygen", "-Y", "sign", "-q", "-f", key, "-n", "git", folder + "/bundle.txt"])
        let signature = try SSHSignature(armoured: String(contentsOfFile: folder + "/bundle.txt.sig", encoding: .utf8))
        #expect(throws: TrustError.wrongNamespace(expected: "sanad-bundle", found: "git")) {
            _ = try AllowedSigners(path: allowedPath).verify(message, signature: signature, namespace: "sanad-bundle")
        }
    }

    @Test func anUnknownKeyIsRefused() throws {
        let (folder, _, allowedPath) = try setUp()
        let stranger = try Shell.sshKey(in: folder, name: "mallory")
        try Shell.ok(["ssh-keygen", "-Y", "sign", "-q", "-f", stranger.path, "-n", "sanad-bundle", folder + "/bundle.txt"])
        let signature = try SSHSignature(armoured: String(contentsOfFile: folder + "/bundle.txt.sig", encoding: .utf8))
        #expect(throws: TrustError.unknownKey(fingerprint: signature.publicKey.fingerprint)) {
            _ = try AllowedSigners(path: allowedPath).verify(message, signature: signature, namespace: "sanad-bundle")
        }
    }

    @Test func nonEd25519KeysAreRefused() throws {
        let folder = try Shell.scratch("ecdsa")
        try Shell.ok(["ssh-keygen", "-q", "-t", "ecdsa", "-N", "", "-f", folder + "/k"])
        try message.write(to: URL(fileURLWithPath: folder + "/m"))
        try Shell.ok(["ssh-keygen", "-Y", "sign", "-q", "-f", folder + "/k", "-n", "sanad-bundle", folder + "/m"])
        #expect(throws: TrustError.self) {
            _ = try SSHSignature(armoured: String(contentsOfFile: folder + "/m.sig", encoding: .utf8))
        }
    }

    @Test func damagedSignaturesAreErrorsNotCrashes() throws {
        #expect(throws: TrustError.self) { _ = try SSHSignature(armoured: "hello") }
        #expect(throws: TrustError.self) { _ = try SSHSignature(blob: Array("SSHSIG".utf8) + [0, 0, 0, 1, 0xFF, 0xFF, 0xFF, 0xFF]) }
        for length in 0..<40 {
            #expect(throws: TrustError.self) { _ = try SSHSignature(blob: Array(Array("SSHSIG\u{0}\u{0}\u{0}\u{1}".utf8).prefix(length))) }
        }
    }
}
