import Crypto
import Foundation

/// An Ed25519 public key as OpenSSH writes it: `ssh-ed25519 AAAA… comment`.
public struct SSHPublicKey: Sendable, Hashable {
    static let ed25519 = "ssh-ed25519"

    /// The 32 raw key bytes.
    public var key: [UInt8]

    /// The wire blob: `string "ssh-ed25519", string key`.
    public var wire: [UInt8] { Self.wire(ed25519: key) }

    /// From the wire blob; any other key type is refused.
    public init(wire: [UInt8]) throws(TrustError) {
        var reader = SSHWireReader(wire)
        let type = try reader.readText()
        guard type == Self.ed25519 else { throw .unsupportedKey(type) }
        key = try reader.readString()
        guard key.count == 32, reader.isAtEnd else { throw .malformedSignature("an Ed25519 key is 32 bytes") }
    }

    /// From `ssh-ed25519 BASE64` (the type and the base64 blob, as in a `.pub` file).
    public init(type: String, base64: String) throws(TrustError) {
        guard type == Self.ed25519 else { throw .unsupportedKey(type) }
        guard let data = Data(base64Encoded: base64) else { throw .malformedSignature("the key is not base64") }
        try self.init(wire: [UInt8](data))
    }

    static func wire(ed25519 key: [UInt8]) -> [UInt8] {
        var writer = SSHWireWriter()
        writer.append(text: ed25519)
        writer.append(string: key)
        return writer.bytes
    }

    /// `SHA256:…` as `ssh-keygen -l` and git's `%GK` print it (base64 without padding).
    public var fingerprint: String {
        let digest = Data(SHA256.hash(data: wire)).base64EncodedString()
        return "SHA256:" + digest.replacingOccurrences(of: "=", with: "")
    }

    /// The `.pub` line without a comment.
    public var openSSH: String { Self.ed25519 + " " + Data(wire).base64EncodedString() }
}
