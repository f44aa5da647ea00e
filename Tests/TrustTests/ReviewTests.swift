import DirectoryFiles
import DirectoryModel
import Foundation
import Testing
@testable import Trust

/// `sanad review`: the checklist between two revisions, and the two-person rule for a release.
@Suite struct ReviewTests {
    @Test func aChangedEmergencyNumberIsListedWithItsSourceAndWhereItShows() throws {
        let repo = try ReleaseRepository()
        let base = try repo.git("rev-parse", "HEAD").trimmingCharacters(in: .whitespacesAndNewlines)
        let (_, oldValue) = try repo.emergencyPhone()
        let id = try repo.changePhone(to: "+44 20 7946 0000", key: nil)
        let directories = try RevisionDirectories(repository: GitRepository(path: repo.path), subdir: "directory")
        let items = DirectoryReview.changes(from: try directories.directory(at: base), to: try directories.directory(at: "HEAD"))
        let item = try #require(items.first)
        #expect(items.count == 1)
        #expect(item.organisation == id)
        #expect(item.kind == .contactValue)
        #expect(item.old == oldValue && item.new == "+44 20 7946 0000")
        #expect(item.path.hasSuffix(".value"))
        #expect(item.source?.isEmpty == false)
        #expect(item.shows == ["emergency block", "referral", "page"])
        let review = DirectoryReview(base: "base", head: "HEAD", items: items)
        #expect(review.text.contains("[ ] \(id)"))
        #expect(review.json.contains("\"kind\" : \"contact value\""))
    }

    @Test func reformattingIsNotAChangeButABidiTrickIsShown() throws {
        let directory = try #require(DirectoryLoader.load(directory: Shell.realDirectory).directory)
        #expect(DirectoryReview.changes(from: directory, to: directory).isEmpty)
        var changed = directory
        let index = try #require(changed.organisations.firstIndex { !$0.contacts.isEmpty })
        changed.organisations[index].contacts[0].label = LocalizedText("24-hour line \u{202E}0000 6497 02 44+\u{202C}")
        let items = DirectoryReview.changes(from: directory, to: changed)
        #expect(!items.isEmpty && Set(items.map(\.kind)) == [.contactDetail])
        #expect(DirectoryReview(base: "a", head: "b", items: items).text.contains("<U+202E>"))
    }

    @Test func regionsAndVocabulariesAreReviewedToo() throws {
        let directory = try #require(DirectoryLoader.load(directory: Shell.realDirectory).directory)
        var changed = directory
        changed.regions.countries[0].name = LocalizedText("Renamed")
        let items = DirectoryReview.changes(from: directory, to: changed)
        #expect(!items.isEmpty && items.allSatisfy { $0.organisation == "(regions)" && $0.kind == .directoryWide })
    }

    @Test func kindsFollowTheContractFieldNames() {
        #expect(ReviewItem.Kind.of(path: "contacts[0].value") == .contactValue)
        #expect(ReviewItem.Kind.of(path: "services[x].contacts[1].hours") == .hours)
        #expect(ReviewItem.Kind.of(path: "services[x].contacts[1].checked") == .source)
        #expect(ReviewItem.Kind.of(path: "services[x].contacts[1].unconfirmed[en]") == .unconfirmed)
        #expect(ReviewItem.Kind.of(path: "services[x].contacts[1].operator") == .contactDetail)
        #expect(ReviewItem.Kind.of(path: "services[x].urgency.emergency") == .emergencyFlag)
        #expect(ReviewItem.Kind.of(path: "services[x].location[0]") == .eligibility)
        #expect(ReviewItem.Kind.of(path: "services[x].requires[0].status") == .eligibility)
        #expect(ReviewItem.Kind.of(path: "services[x].coverage.include[2]") == .coverage)
        #expect(ReviewItem.Kind.of(path: "status") == .status)
        #expect(ReviewItem.Kind.of(path: "description[fr]") == .other)
    }

    @Test func aSecondSignerMakesTheRuleHold() throws {
        let repo = try ReleaseRepository()
        try repo.release(1, key: repo.keyB)
        _ = try repo.changePhone(to: "+44 20 7946 0000", key: repo.keyA)
        try repo.release(2, key: repo.keyB)
        let rule = try check(repo, since: "release-1", head: "release-2")
        #expect(rule.holds, "\(rule.problems)")
        #expect(rule.commits.map(\.principal) == ["a@sanad.example"])
        #expect(rule.release.principals == ["b@sanad.example"])
        #expect(rule.release.serial == 2 && rule.release.date.description == "2026-12-05")
    }

    @Test func theAuthorCannotReleaseTheirOwnChange() throws {
        let repo = try ReleaseRepository()
        try repo.release(1, key: repo.keyB)
        _ = try repo.changePhone(to: "+44 20 7946 0000", key: repo.keyA)
        try repo.release(2, key: repo.keyA)
        let rule = try check(repo, since: "release-1", head: "release-2")
        #expect(!rule.holds)
        #expect(rule.problems.first?.contains("a second person") == true)
    }

    @Test func unsignedAndUnknownCommitsBreakTheRule() throws {
        for key in [nil, "stranger"] {
            let repo = try ReleaseRepository()
            try repo.release(1, key: repo.keyB)
            _ = try repo.changePhone(to: "+44 20 7946 0000", key: key == nil ? nil : repo.stranger)
            try repo.release(2, key: repo.keyB)
            let rule = try check(repo, since: "release-1", head: "release-2")
            #expect(!rule.holds)
            #expect(rule.commits.first?.status == (key == nil ? "N" : "U"))
        }
    }

    @Test func mergesCountAsChanges() throws {
        for signMerge in [false, true] {
            let repo = try ReleaseRepository()
            try repo.release(1, key: repo.keyB)
            try repo.git("checkout", "-q", "-b", "feature")
            _ = try repo.changePhone(to: "+44 20 7946 0000", key: repo.keyA)
            try repo.git("checkout", "-q", "main")
            try "notes\n".write(toFile: repo.path + "/NOTES.md", atomically: true, encoding: .utf8)
            try repo.git("add", "NOTES.md")
            try repo.git("commit", "-q", "-m", "Notes")
            if signMerge {
                try repo.git("merge", "-q", "--no-ff", "-S", "-m", "Merge feature", "feature", key: repo.keyA)
            } else {
                try repo.git("merge", "-q", "--no-ff", "-m", "Merge feature", "feature")
            }
            try repo.release(2, key: repo.keyB)
            let rule = try check(repo, since: "release-1", head: "release-2")
            #expect(rule.commits.count == 2)
            #expect(rule.holds == signMerge, "\(rule.problems)")
        }
    }

    @Test func aCommitThatChangesNothingReviewedNeedsNoSignature() throws {
        let repo = try ReleaseRepository()
        try repo.release(1, key: repo.keyB)
        try "notes\n".write(toFile: repo.path + "/NOTES.md", atomically: true, encoding: .utf8)
        try repo.git("add", "NOTES.md")
        try repo.git("commit", "-q", "-m", "Notes")
        try repo.release(2, key: repo.keyA)
        let rule = try check(repo, since: "release-1", head: "release-2")
        #expect(rule.holds && rule.commits.isEmpty)
    }

    @Test func releaseTagsMustBeSignedByAKnownKeyAndSayTheirSerial() throws {
        let repo = try ReleaseRepository()
        let allowed = try AllowedSigners(path: repo.allowedSigners)
        let git = GitRepository(path: repo.path)
        try repo.release(1, key: repo.stranger)
        #expect(throws: TrustError.self) { _ = try ReleaseTag.verify("release-1", in: git, allowed: allowed) }
        try repo.git("tag", "-a", "-m", "Sanad-Serial: 2\nSanad-Date: 2026-12-05", "release-2")
        #expect(throws: TrustError.release("release-2 is not signed.")) { _ = try ReleaseTag.verify("release-2", in: git, allowed: allowed) }
        try repo.git("tag", "-s", "-m", "Sanad-Serial: 4\nSanad-Date: 2026-12-05", "release-3", key: repo.keyA)
        #expect(throws: TrustError.release("release-3 must say \"Sanad-Serial: 3\" once in its message.")) {
            _ = try ReleaseTag.verify("release-3", in: git, allowed: allowed)
        }
        // A good tag object copied under a higher name is refused.
        try repo.release(5, key: repo.keyA)
        let object = try repo.git("rev-parse", "refs/tags/release-5").trimmingCharacters(in: .whitespacesAndNewlines)
        try repo.git("update-ref", "refs/tags/release-9", object)
        #expect(try ReleaseTag.verify("release-5", in: git, allowed: allowed).principals == ["a@sanad.example"])
        #expect(throws: TrustError.self) { _ = try ReleaseTag.verify("release-9", in: git, allowed: allowed) }
    }

    func check(_ repo: ReleaseRepository, since: String, head: String) throws -> SecondSignerRule {
        let directories = try RevisionDirectories(repository: GitRepository(path: repo.path), subdir: "directory")
        return try SecondSignerRule.check(since: since, head: head, directories: directories,
                                          allowed: AllowedSigners(path: repo.allowedSigners), allowedPath: repo.allowedSigners)
    }
}
