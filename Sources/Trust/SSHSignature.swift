import Crypto
import Foundation

/// An OpenSSH signature in the SSHSIG format (`ssh-keygen -Y sign`, and git's `gpg.format=ssh`),
/// as specified in OpenSSH's PROTOCOL.sshsig. Only Ed25519 keys are accepted.
///
/// Sanad verifies; it never reads a private key. ``sign(_:namespace:key:)`` exists so tests can
/// prove that `ssh-keygen -Y verify` accepts what this code considers valid.
public struct SSHSignature: Sendable, Hashable {
    /// The signer's public key, as the SSH wire blob (`string "ssh-ed25519", string key`).
    public var publicKey: SSHPublicKey
    /// What the signature is for: `git` for commits and tags, `sanad-bundle` for bundles.
    public var namespace: String
    /// `sha512` or `sha256`: the hash of the message that was signed.
    public var hashAlgorithm: String
    /// The 64-byte Ed25519 signature.
    public var signature: [UInt8]

    static let magic = Array("SSHSIG".utf8)
    static let armourBegin = "-----BEGIN SSH SIGNATURE-----"
    static let armourEnd = "-----END SSH SIGNATURE-----"

    /// Reads an armoured signature (the `.sig` file, or the block at the end of a git tag).
    public init(armoured text: String) throws(TrustError) {
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        guard let begin = lines.firstIndex(of: Self.armourBegin),
              let end = lines[begin...].firstIndex(of: Self.armourEnd)
        else { throw .malformedSignature("no \(Self.armourBegin) block") }
        guard let blob = Data(base64Encoded: lines[(begin + 1)..<end].joined()) else {
            throw .malformedSignature("the block is not base64")
        }
        try self.init(blob: [UInt8](blob))
    }

    /// Reads the binary SSHSIG blob.
    public init(blob: [UInt8]) throws(TrustError) {
        var reader = SSHWireReader(blob)
        guard try reader.read(count: 6) == Self.magic else { throw .malformedSignature("it does not start with SSHSIG") }
        let version = try reader.readUInt32()
        guard version == 1 else { throw .malformedSignature("version \(version) is not 1") }
        publicKey = try SSHPublicKey(wire: try reader.readString())
        namespace = try reader.readText()
        _ = try reader.readString()  // reserved
        hashAlgorithm = try reader.readText()
        var inner = SSHWireReader(try reader.readString())
        let type = try inner.readText()
        guard type == SSHPublicKey.ed25519 else { throw .unsupportedKey(type) }
        signature = try inner.readString()
        guard signature.count == 64, inner.isAtEnd, reader.isAtEnd else { throw .malformedSignature("an Ed25519 signature is 64 bytes") }
        guard ["sha512", "sha256"].contains(hashAlgorithm) else { throw .malformedSignature("unknown hash \(hashAlgorithm)") }
    }

    /// Checks that the signature covers `message` in `namespace`. Says nothing about who signed:
    /// ``AllowedSigners`` does that.
    public func verify(_ message: some DataProtocol, namespace expected: String) throws(TrustError) {
        guard namespace == expected else { throw .wrongNamespace(expected: expected, found: namespace) }
        let key: Curve25519.Signing.PublicKey
        do { key = try Curve25519.Signing.PublicKey(rawRepresentation: publicKey.key) } catch {
            throw .malformedSignature("the public key is not a valid Ed25519 key")
        }
        let signed = Self.signedData(message, namespace: namespace, hashAlgorithm: hashAlgorithm)
        guard key.isValidSignature(signature, for: signed) else { throw .badSignature }
    }

    /// The bytes the key signs: magic, namespace, reserved, hash name and the message's hash.
    static func signedData(_ message: some DataProtocol, namespace: String, hashAlgorithm: String) -> [UInt8] {
        var writer = SSHWireWriter()
        writer.append(raw: magic)
        writer.append(text: namespace)
        writer.append(string: [])
        writer.append(text: hashAlgorithm)
        writer.append(string: hashAlgorithm == "sha256" ? Array(SHA256.hash(data: message)) : Array(SHA512.hash(data: message)))
        return writer.bytes
    }

    /// The binary SSHSIG blob.
    public var blob: [UInt8] {
        var inner = SSHWireWriter()
        inner.append(text: SSHPublicKey.ed25519)
        inner.append(string: signature)
        var writer = SSHWireWriter()
        writer.append(raw: Self.magic)
        writer.append(uint32: 1)
        writer.append(string: publicKey.wire)
        writer.append(text: namespace)
        writer.append(string: [])
        writer.append(text: hashAlgorithm)
        writer.append(string: inner.bytes)
        return writer.bytes
    }

    /// The armoured form `ssh-keygen` writes: base64 in lines of 70 characters.
    public var armoured: String {
        let base64 = Data(blob).base64EncodedString()
        var lines = [Self.armourBegin]
        var rest = Substring(base64)
        while !rest.isEmpty {
            lines.append(String(rest.prefix(70)))
            rest = rest.dropFirst(70)
        }
        lines.append(Self.armourEnd)
        return lines.joined(separator: "\n") + "\n"
    }

    /// Signs `message` with an Ed25519 private key (tests only: Sanad itself never holds one).
    public static func sign(_ message: some DataProtocol, namespace: String, key: Curve25519.Signing.PrivateKey) throws -> SSHSignature {
        let publicKey = try SSHPublicKey(wire: SSHPublicKey.wire(ed25519: Array(key.publicKey.rawRepresentation)))
        let signed = signedData(message, namespace: namespace, hashAlgorithm: "sha512")
        let signature = try key.signature(for: signed)
        return SSHSignature(publicKey: publicKey, namespace: namespace, hashAlgorithm: "sha512", signature: Array(signature))
    }

    /// Private: a signature comes from parsing (``init(blob:)``, which accepts Ed25519 only) or
    /// from ``sign(_:namespace:key:)``, never from parts another module picked.
    private init(publicKey: SSHPublicKey, namespace: String, hashAlgorithm: String, signature: [UInt8]) {
        self.publicKey = publicKey
        self.namespace = namespace
        self.hashAlgorithm = hashAlgorithm
        self.signature = signature
    }
}
