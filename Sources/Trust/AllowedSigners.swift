import Foundation

/// An OpenSSH allowed signers file (`ssh-keygen(1)`, ALLOWED SIGNERS): who may sign, with which
/// key, for which namespaces, in which period. The same file git reads through
/// `gpg.ssh.allowedSignersFile`, kept by each operator out of band.
///
/// Supported: principals, `namespaces="…"`, `valid-after=`, `valid-before=` (times read as UTC).
/// `cert-authority` lines and keys other than Ed25519 never match: Sanad accepts plain Ed25519
/// keys only.
public struct AllowedSigners: Sendable, Hashable {
    /// One usable line of the file.
    public struct Entry: Sendable, Hashable {
        /// The principals the line names (`alice@example.org`, or several, comma-separated).
        public var principals: [String]
        public var key: SSHPublicKey
        /// Namespace patterns the key may sign in; nil means any.
        public var namespaces: [String]?
        /// `YYYYMMDDHHMMSS`, UTC.
        public var validAfter: String?
        public var validBefore: String?
        /// The line in the file, for messages.
        public var line: Int
    }

    public var entries: [Entry]

    /// Reads the file; a line that cannot be read is an error naming its number, so a typo never
    /// silently drops a maintainer.
    public init(contents: String) throws(TrustError) {
        entries = []
        for (index, raw) in contents.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if let entry = try Self.entry(line, number: index + 1) { entries.append(entry) }
        }
    }

    /// Reads the file at `path`.
    public init(path: String) throws(TrustError) {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw .file("The allowed signers file \(path) cannot be read.")
        }
        try self.init(contents: text)
    }

    /// The principals allowed to use `key` in `namespace` at `time`, in file order.
    public func principals(for key: SSHPublicKey, namespace: String, at time: Date = Date()) -> [String] {
        let stamp = Self.stamp(time)
        var found: [String] = []
        for entry in entries where entry.key == key {
            if let namespaces = entry.namespaces, !namespaces.contains(where: { Self.matches(pattern: $0, namespace) }) { continue }
            if let after = entry.validAfter, stamp < after { continue }
            if let before = entry.validBefore, stamp >= before { continue }
            for principal in entry.principals where !found.contains(principal) { found.append(principal) }
        }
        return found
    }

    /// Every principal that lists `fingerprint` (`SHA256:…`), whatever the namespace: who a
    /// key belongs to, for the two-person rule.
    public func principals(fingerprint: String) -> Set<String> {
        Set(entries.filter { $0.key.fingerprint == fingerprint }.flatMap(\.principals))
    }

    /// Verifies `signature` over `message` and returns the principals it speaks for.
    ///
    /// - Throws: ``TrustError/wrongNamespace(expected:found:)``, ``TrustError/badSignature``, or
    ///   ``TrustError/unknownKey(fingerprint:)`` when no line allows the key.
    public func verify(_ message: some DataProtocol, signature: SSHSignature, namespace: String, at time: Date = Date()) throws(TrustError) -> [String] {
        try signature.verify(message, namespace: namespace)
        let principals = principals(for: signature.publicKey, namespace: namespace, at: time)
        guard !principals.isEmpty else { throw .unknownKey(fingerprint: signature.publicKey.fingerprint) }
        return principals
    }

    // MARK: - Reading lines

    private static func entry(_ line: String, number: Int) throws(TrustError) -> Entry? {
        var fields = tokens(line)
        guard fields.count >= 3 else { throw .allowedSigners(line: number, "expected \"principals [options] key-type key\"") }
        let principals = fields.removeFirst().split(separator: ",").map(String.init)
        var options: [String] = []
        if !isKeyType(fields[0]) { options = splitOptions(fields.removeFirst()) }
        guard fields.count >= 2, isKeyType(fields[0]) else { throw .allowedSigners(line: number, "no key type after the principals") }
        guard fields[0] == SSHPublicKey.ed25519 else { return nil }
        var namespaces: [String]?
        var after: String?, before: String?
        for option in options {
            let (name, value) = splitOption(option)
            switch name.lowercased() {
            case "cert-authority": return nil
            case "namespaces": namespaces = value?.split(separator: ",").map(String.init)
            case "valid-after":
                guard let t = value.flatMap(normalisedTime) else { throw .allowedSigners(line: number, "valid-after is not a time") }
                after = t
            case "valid-before":
                guard let t = value.flatMap(normalisedTime) else { throw .allowedSigners(line: number, "valid-before is not a time") }
                before = t
            default: throw .allowedSigners(line: number, "unknown option \"\(name)\"")
            }
        }
        let key: SSHPublicKey
        do { key = try SSHPublicKey(type: fields[0], base64: fields[1]) } catch {
            throw .allowedSigners(line: number, "the key cannot be read")
        }
        return Entry(principals: principals, key: key, namespaces: namespaces, validAfter: after, validBefore: before, line: number)
    }

    private static func isKeyType(_ s: String) -> Bool {
        s.hasPrefix("ssh-") || s.hasPrefix("ecdsa-") || s.hasPrefix("sk-") || s.hasPrefix("rsa-")
    }

    /// Splits on spaces outside double quotes.
    static func tokens(_ line: String) -> [String] {
        var out: [String] = [], current = "", quoted = false
        for c in line {
            if c == "\"" { quoted.toggle(); current.append(c) }
            else if (c == " " || c == "\t") && !quoted {
                if !current.isEmpty { out.append(current); current = "" }
            } else { current.append(c) }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    /// Splits `a,b="x,y",c` on commas outside quotes.
    static func splitOptions(_ text: String) -> [String] {
        var out: [String] = [], current = "", quoted = false
        for c in text {
            if c == "\"" { quoted.toggle(); current.append(c) }
            else if c == "," && !quoted { out.append(current); current = "" }
            else { current.append(c) }
        }
        out.append(current)
        return out.filter { !$0.isEmpty }
    }

    private static func splitOption(_ option: String) -> (String, String?) {
        guard let eq = option.firstIndex(of: "=") else { return (option, nil) }
        var value = String(option[option.index(after: eq)...])
        if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
        return (String(option[..<eq]), value)
    }

    /// `YYYYMMDD[HHMM[SS]][Z]` → `YYYYMMDDHHMMSS`.
    static func normalisedTime(_ text: String) -> String? {
        var digits = text.hasSuffix("Z") ? String(text.dropLast()) : text
        guard digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber), [8, 12, 14].contains(digits.count) else { return nil }
        while digits.count < 14 { digits += "0" }
        return digits
    }

    static func stamp(_ time: Date) -> String {
        let c = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "UTC")!, from: time)
        return String(format: "%04d%02d%02d%02d%02d%02d", c.year!, c.month!, c.day!, c.hour!, c.minute!, c.second!)
    }

    /// OpenSSH namespace patterns: `*` and `?` wildcards.
    static func matches(pattern: String, _ text: String) -> Bool {
        let p = Array(pattern), t = Array(text)
        func match(_ i: Int, _ j: Int) -> Bool {
            if i == p.count { return j == t.count }
            if p[i] == "*" { return (j...t.count).contains { match(i + 1, $0) } }
            guard j < t.count, p[i] == "?" || p[i] == t[j] else { return false }
            return match(i + 1, j + 1)
        }
        return match(0, 0)
    }
}
