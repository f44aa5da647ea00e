import DirectoryFiles
import DirectoryModel
import Foundation

/// A scratch git repository holding a copy of the real directory, with three SSH keys made at
/// test time (maintainers A and B in the allowed signers file, a stranger who is not).
struct ReleaseRepository {
    let root: String
    let path: String
    let keyA: String, keyB: String, stranger: String
    let allowedSigners: String

    init() throws {
        root = try Shell.scratch("repo")
        path = root + "/work"
        let a = try Shell.sshKey(in: root, name: "maintainer-a")
        let b = try Shell.sshKey(in: root, name: "maintainer-b")
        stranger = try Shell.sshKey(in: root, name: "stranger").path
        keyA = a.path
        keyB = b.path
        allowedSigners = root + "/allowed_signers"
        try "a@sanad.example \(a.publicKey)\nb@sanad.example \(b.publicKey)\n".write(toFile: allowedSigners, atomically: true, encoding: .utf8)
        try Shell.ok(["git", "init", "-q", "-b", "main", path])
        try FileManager.default.copyItem(atPath: Shell.realDirectory, toPath: path + "/directory")
        try git("add", "-A")
        try git("commit", "-q", "-m", "Import the directory")
    }

    /// Runs git in the repository as maintainer "test", signing with `key` when given.
    @discardableResult
    func git(_ arguments: String..., key: String? = nil) throws -> String {
        var settings = ["-c", "user.name=test", "-c", "user.email=test@sanad.example", "-c", "gpg.format=ssh"]
        if let key { settings += ["-c", "user.signingkey=" + key] }
        return try Shell.ok(["git", "-C", path] + settings + arguments)
    }

    /// A signed release tag `release-N` on HEAD.
    func release(_ serial: Int, key: String, date: String = "2026-12-05") throws {
        try git("tag", "-s", "-m", "Release \(serial)\n\nSanad-Serial: \(serial)\nSanad-Date: \(date)", "release-\(serial)", key: key)
    }

    /// The first current emergency phone number of an organisation, and its id.
    func emergencyPhone() throws -> (organisation: String, value: String) {
        let directory = try require_(DirectoryLoader.load(directory: path + "/directory").directory)
        for org in directory.organisations where org.status == .active {
            for contact in org.allContacts where contact.emergency && contact.isCurrent && contact.type == "phone" {
                return (org.id, contact.value)
            }
        }
        throw Shell.Failure(message: "the directory has no emergency phone")
    }

    /// Replaces an organisation's emergency number and commits it, signed with `key` if given.
    func changePhone(to number: String, key: String?, message: String = "Update the emergency line") throws -> String {
        let (id, value) = try emergencyPhone()
        let file = path + "/directory/organisations/\(id).yaml"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        guard let range = text.range(of: value) else { throw Shell.Failure(message: "\(value) not in \(file)") }
        try text.replacingCharacters(in: range, with: number).write(toFile: file, atomically: true, encoding: .utf8)
        if let key {
            try git("commit", "-q", "-S", "-am", message, key: key)
        } else {
            try git("commit", "-q", "-am", message)
        }
        return id
    }
}

/// `#require` for a plain throwing context.
func require_<T>(_ value: T?) throws -> T {
    guard let value else { throw Shell.Failure(message: "unexpected nil") }
    return value
}
