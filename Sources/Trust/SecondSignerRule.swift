import DirectoryModel
import Foundation

/// The two-person rule for one release: since the previous release, every commit that changes
/// anything the review lists is signed by a known principal (git's `%G?` is `G`), merges
/// included, and the release tag is signed by a known principal other than every one of them
/// (by name and by key).
public struct SecondSignerRule: Sendable, Hashable, Codable {
    /// A commit in the range that changes the directory as the review sees it.
    public struct ChangingCommit: Sendable, Hashable, Codable {
        public var commit: String
        public var subject: String
        /// git's `%G?`: `G` good and known; `N` unsigned; `U`, `B`, `E`, … refused.
        public var status: String
        /// git's `%GS`: the principal, empty when none matched.
        public var principal: String
        /// git's `%GK` (`SHA256:…` for SSH keys), empty when unsigned.
        public var key: String
        /// How many fields of the review it changes.
        public var changes: Int
    }

    public var release: ReleaseTag
    public var since: String
    public var commits: [ChangingCommit]
    /// Every reason the rule is broken; empty when it holds.
    public var problems: [String]

    public var holds: Bool { problems.isEmpty }

    /// Checks the release `head` (a `release-N` tag) against `since` (the previous release).
    public static func check(
        since: String, head: String, directories: RevisionDirectories, allowed: AllowedSigners, allowedPath: String
    ) throws(TrustError) -> SecondSignerRule {
        let repository = directories.repository
        let release = try ReleaseTag.verify(head, in: repository, allowed: allowed)
        let base = try repository.commit(since)
        let range = try repository.check(["rev-list", "--parents", "\(base)..\(release.commit)"])
        if try repository.run(["merge-base", "--is-ancestor", base, release.commit]).status != 0 {
            throw .release("\(head) does not descend from \(since): history was rewritten or this is an older branch.")
        }
        var changing: [(commit: String, changes: Int)] = []
        for line in range.split(separator: "\n") {
            let ids = line.split(separator: " ").map(String.init)
            guard let commit = ids.first else { continue }
            let count = try changeCount(commit: commit, parents: Array(ids.dropFirst()), directories: directories)
            if count > 0 { changing.append((commit, count)) }
        }
        var commits: [ChangingCommit] = []
        if !changing.isEmpty {
            // One git call for every signature, read by fields git computes, never its prose.
            let log = try GitRepository(path: repository.path, settings: repository.settings + [
                "gpg.format=ssh", "gpg.ssh.allowedSignersFile=" + allowedPath, "log.showSignature=false",
            ]).check(["log", "--no-walk=unsorted", "--format=%H%x1f%G?%x1f%GS%x1f%GK%x1f%s%x1e"] + changing.map(\.commit))
            let counts = Dictionary(changing.map { ($0.commit, $0.changes) }, uniquingKeysWith: { a, _ in a })
            for record in log.split(separator: "\u{1e}") {
                let f = record.trimmingCharacters(in: .newlines).split(separator: "\u{1f}", omittingEmptySubsequences: false).map(String.init)
                guard f.count == 5 else { continue }
                commits.append(ChangingCommit(commit: f[0], subject: f[4], status: f[1], principal: f[2], key: f[3], changes: counts[f[0]] ?? 0))
            }
        }
        var problems: [String] = []
        var signerNames = Set<String>(), signerKeys = Set<String>()
        for c in commits {
            let short = String(c.commit.prefix(12))
            if c.status != "G" || c.principal.isEmpty {
                problems.append("\(short) \"\(c.subject)\" changes \(c.changes) reviewed field\(c.changes == 1 ? "" : "s") but is \(Self.describe(c.status)).")
                continue
            }
            signerNames.insert(c.principal)
            signerNames.formUnion(allowed.principals(fingerprint: c.key))
            signerKeys.insert(c.key)
        }
        let tagNames = Set(release.principals).union(allowed.principals(fingerprint: release.keyFingerprint))
        if signerKeys.contains(release.keyFingerprint) || !tagNames.isDisjoint(with: signerNames) {
            let who = tagNames.sorted().joined(separator: ", ")
            problems.append("\(head) is signed by \(who), who also signed a change it releases: a second person must sign the release.")
        }
        return SecondSignerRule(release: release, since: since, commits: commits, problems: problems)
    }

    /// How many reviewed fields `commit` changes against any of its parents (an added or
    /// unreadable directory counts as a change).
    static func changeCount(commit: String, parents: [String], directories: RevisionDirectories) throws(TrustError) -> Int {
        let tree = directories.tree(at: commit)
        var most = 0
        for parent in parents.isEmpty ? [nil] : parents.map(Optional.some) {
            let parentTree = parent.flatMap { directories.tree(at: $0) }
            if tree == parentTree { continue }
            guard let tree, let parentTree,
                  let new = try? directories.directory(tree: tree, label: String(commit.prefix(12))),
                  let old = try? directories.directory(tree: parentTree, label: String(parent!.prefix(12)))
            else { return max(most, 1) }
            most = max(most, DirectoryReview.changes(from: old, to: new).count)
        }
        return most
    }

    static func describe(_ status: String) -> String {
        switch status {
        case "N": return "not signed"
        case "U": return "signed by a key no principal in the allowed signers file matches"
        case "B": return "signed with a bad signature"
        case "E": return "signed, but the signature cannot be checked"
        case "X", "Y": return "signed with an expired signature or key"
        case "R": return "signed with a revoked key"
        case "G": return "signed without a principal"
        default: return "not signed by a known principal (git says \(status))"
        }
    }

    /// The verdict as text.
    public var text: String {
        var lines = ["Release \(release.name) (serial \(release.serial), \(release.date)) at \(release.commit.prefix(12)), signed by \(release.principals.joined(separator: ", ")) (\(release.keyFingerprint))."]
        lines.append("\(commits.count) commit\(commits.count == 1 ? "" : "s") since \(since) change\(commits.count == 1 ? "s" : "") reviewed fields:")
        for c in commits {
            lines.append("  \(c.commit.prefix(12)) \(c.status) \(c.principal.isEmpty ? "-" : c.principal) \(c.changes) change\(c.changes == 1 ? "" : "s"): \(c.subject)")
        }
        if holds {
            lines.append("Two-person rule: holds.")
        } else {
            lines.append("Two-person rule: BROKEN")
            lines += problems.map { "  " + $0 }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
