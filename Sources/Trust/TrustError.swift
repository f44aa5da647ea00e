/// Why a signature, a release or a review was refused. Each case prints as one sentence.
public enum TrustError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The signature file is not an OpenSSH SSHSIG signature, or is damaged.
    case malformedSignature(String)
    /// The key is not Ed25519 (the only kind Sanad accepts).
    case unsupportedKey(String)
    /// The signature was made for another purpose (`git` versus `sanad-bundle`).
    case wrongNamespace(expected: String, found: String)
    /// The signature does not match the signed bytes: they were changed, or the signature was.
    case badSignature
    /// The key that signed is not in the allowed signers file (for this namespace, at this time).
    case unknownKey(fingerprint: String)
    /// A line of the allowed signers file cannot be read.
    case allowedSigners(line: Int, String)
    /// A git command failed, or a revision does not exist.
    case git(String)
    /// A release tag is not what a release must be.
    case release(String)
    /// A file cannot be read.
    case file(String)

    public var description: String {
        switch self {
        case .malformedSignature(let why): return "The signature cannot be read: \(why)."
        case .unsupportedKey(let type): return "The signature was made with a \(type) key; Sanad accepts Ed25519 keys only."
        case .wrongNamespace(let expected, let found):
            return "The signature was made for \"\(found)\", not for \"\(expected)\": it does not vouch for this file."
        case .badSignature: return "The signature does not match: the file or the signature was changed."
        case .unknownKey(let fingerprint): return "The key \(fingerprint) is not in the allowed signers file."
        case .allowedSigners(let line, let why): return "allowed signers file, line \(line): \(why)."
        case .git(let why): return why
        case .release(let why): return why
        case .file(let why): return why
        }
    }
}
