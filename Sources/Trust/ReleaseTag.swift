import DirectoryModel
import Foundation

/// A release: a signed annotated tag `release-N` whose message carries `Sanad-Serial: N` and
/// `Sanad-Date: YYYY-MM-DD`. The newest release is the highest serial.
public struct ReleaseTag: Sendable, Hashable, Codable {
    public var name: String
    public var serial: Int
    public var date: CalendarDate
    /// The commit the tag points at.
    public var commit: String
    /// Who signed the tag: every principal the allowed signers file gives its key.
    public var principals: [String]
    /// The signing key's `SHA256:…` fingerprint.
    public var keyFingerprint: String

    /// The serial a tag name carries: `release-12` → 12; nil for any other name.
    public static func serial(ofName name: String) -> Int? {
        guard name.hasPrefix("release-") else { return nil }
        let digits = name.dropFirst("release-".count)
        guard !digits.isEmpty, digits.count <= 9, digits.first != "0", digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return Int(digits)
    }

    /// Reads and verifies the tag `name` in `repository`: annotated, its own `tag` header equal
    /// to `name` (a copied tag object cannot pose as a newer release), signed with SSHSIG in
    /// the `git` namespace by a key of `allowed` at the tagger's time, with matching serial and
    /// a date.
    public static func verify(_ name: String, in repository: GitRepository, allowed: AllowedSigners) throws(TrustError) -> ReleaseTag {
        guard let serial = serial(ofName: name) else { throw .release("\"\(name)\" is not a release tag name (release-N).") }
        let ref = "refs/tags/" + name
        let type = try repository.run(["cat-file", "-t", ref])
        guard type.status == 0 else { throw .release("There is no tag \(name).") }
        guard type.text.trimmingCharacters(in: .whitespacesAndNewlines) == "tag" else {
            throw .release("\(name) is a lightweight tag: a release must be a signed annotated tag.")
        }
        let raw = try repository.run(["cat-file", "tag", ref]).stdout
        let object = [UInt8](raw)
        guard let cut = Self.signatureStart(object) else { throw .release("\(name) is not signed.") }
        let payload = Array(object[..<cut])
        let signature = try SSHSignature(armoured: String(decoding: object[cut...], as: UTF8.self))
        let text = String(decoding: payload, as: UTF8.self)
        let header = text.components(separatedBy: "\n\n").first ?? ""
        var fields: [String: String] = [:]
        for line in header.split(separator: "\n") {
            guard let space = line.firstIndex(of: " ") else { continue }
            fields[String(line[..<space])] = String(line[line.index(after: space)...])
        }
        guard fields["tag"] == name else { throw .release("\(name) holds a tag object named \"\(fields["tag"] ?? "")\": refused.") }
        guard fields["type"] == "commit", let commit = fields["object"] else { throw .release("\(name) does not point at a commit.") }
        // The signature is checked at the time the tagger claims, as git does (-Overify-time).
        let parts = (fields["tagger"] ?? "").split(separator: " ")
        let time = parts.count >= 2 ? Double(parts[parts.count - 2]).map { Date(timeIntervalSince1970: $0) } : nil
        let principals: [String]
        do { principals = try allowed.verify(payload, signature: signature, namespace: "git", at: time ?? Date()) } catch {
            throw .release("\(name): \(error)")
        }
        let message = text.dropFirst(header.count)
        let serials = Self.trailer("Sanad-Serial", in: message), dates = Self.trailer("Sanad-Date", in: message)
        guard serials == [String(serial)] else { throw .release("\(name) must say \"Sanad-Serial: \(serial)\" once in its message.") }
        guard dates.count == 1, let date = CalendarDate(dates[0]) else {
            throw .release("\(name) must say \"Sanad-Date: YYYY-MM-DD\" once in its message.")
        }
        return ReleaseTag(name: name, serial: serial, date: date, commit: commit, principals: principals,
                          keyFingerprint: signature.publicKey.fingerprint)
    }

    /// Where the armoured signature begins: at the start of a line.
    static func signatureStart(_ bytes: [UInt8]) -> Int? {
        let marker = Array((SSHSignature.armourBegin).utf8)
        guard bytes.count >= marker.count else { return nil }
        for i in 0...(bytes.count - marker.count) where (i == 0 || bytes[i - 1] == 0x0A) && Array(bytes[i..<i + marker.count]) == marker {
            return i
        }
        return nil
    }

    static func trailer(_ name: String, in text: Substring) -> [String] {
        text.split(separator: "\n").compactMap { line in
            let line = line.trimmingCharacters(in: .whitespaces)
            guard line.hasPrefix(name + ":") else { return nil }
            return line.dropFirst(name.count + 1).trimmingCharacters(in: .whitespaces)
        }
    }
}
