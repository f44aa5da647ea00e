import Foundation

/// One pocket directory file and its signature, read from a release's `bundles/` folder and
/// verified against the operator's allowed signers: what a replica may offer for download.
/// A replica serves exactly these bytes (it never signs or renders them), so a reader can
/// check the file with `ssh-keygen -Y verify` or `sanad verify`.
public struct SignedBundle: Sendable, Hashable {
    /// The language code in the file name (`sanad-ar.txt`).
    public var language: String
    /// The file's bytes, as signed.
    public var text: [UInt8]
    /// The armoured SSHSIG signature (`sanad-ar.txt.sig`).
    public var signature: [UInt8]
    /// The principals the signature speaks for.
    public var signers: [String]

    /// The file name of the bundle in `language` (`sanad-ar.txt`); the signature adds `.sig`.
    public static func fileName(_ language: String) -> String { "sanad-\(language).txt" }

    /// Reads and verifies the bundle in each of `languages` under `folder`. A language whose
    /// file is absent is skipped silently (a release may carry none); one whose file is there
    /// but whose signature is missing, unreadable, made in another namespace or by a key the
    /// allowed signers do not list, or that is not UTF-8 text, is left out with one sentence
    /// in `problems`.
    public static func load(
        folder: String, languages: [String], allowedSigners: AllowedSigners, namespace: String, at time: Date = Date()
    ) -> (bundles: [String: SignedBundle], problems: [String]) {
        var bundles: [String: SignedBundle] = [:]
        var problems: [String] = []
        for language in languages {
            let path = (folder as NSString).appendingPathComponent(fileName(language))
            guard let text = FileManager.default.contents(atPath: path) else { continue }
            do throws(TrustError) {
                guard let signature = FileManager.default.contents(atPath: path + ".sig") else {
                    throw .file("the signature \(path).sig cannot be read")
                }
                guard String(data: text, encoding: .utf8) != nil else { throw .file("it is not UTF-8 text") }
                let parsed = try SSHSignature(armoured: String(decoding: signature, as: UTF8.self))
                let signers = try allowedSigners.verify(text, signature: parsed, namespace: namespace, at: time)
                bundles[language] = SignedBundle(language: language, text: [UInt8](text), signature: [UInt8](signature), signers: signers)
            } catch {
                problems.append("\(path): not offered: \(error.description)")
            }
        }
        return (bundles, problems)
    }
}
