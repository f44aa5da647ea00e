import Crypto
import Foundation
import Testing
@testable import Trust

/// Reading an allowed signers file as ssh-keygen does, for the parts Sanad supports.
@Suite struct AllowedSignersTests {
    let key = try! SSHSignature.sign(Data(), namespace: "x", key: Curve25519.Signing.PrivateKey()).publicKey

    @Test func principalsNamespacesAndComments() throws {
        let file = """
            # maintainers
            alice@example.org,alice \(key.openSSH) laptop
            bob namespaces="git" \(key.openSSH)
            carol cert-authority \(key.openSSH)
            """
        let allowed = try AllowedSigners(contents: file)
        #expect(allowed.principals(for: key, namespace: "sanad-bundle") == ["alice@example.org", "alice"])
        #expect(allowed.principals(for: key, namespace: "git") == ["alice@example.org", "alice", "bob"])
        #expect(allowed.principals(fingerprint: key.fingerprint) == ["alice@example.org", "alice", "bob"])
    }

    @Test func validityPeriods() throws {
        let allowed = try AllowedSigners(contents: "alice valid-after=\"20260101\",valid-before=\"20270101Z\" \(key.openSSH)\n")
        let inside = Date(timeIntervalSince1970: 1_780_000_000)  // 2026-05-28
        let after = Date(timeIntervalSince1970: 1_830_000_000)  // 2027-12-28
        #expect(allowed.principals(for: key, namespace: "git", at: inside) == ["alice"])
        #expect(allowed.principals(for: key, namespace: "git", at: after).isEmpty)
    }

    @Test func badLinesNameTheirNumber() {
        #expect(throws: TrustError.allowedSigners(line: 2, "expected \"principals [options] key-type key\"")) {
            _ = try AllowedSigners(contents: "# ok\nalice\n")
        }
        #expect(throws: TrustError.allowedSigners(line: 1, "unknown option \"nmespaces\"")) {
            _ = try AllowedSigners(contents: "alice nmespaces=\"git\" \(key.openSSH)\n")
        }
    }
}
