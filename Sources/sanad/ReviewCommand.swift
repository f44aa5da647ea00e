import ArgumentParser
import Foundation
import Trust

/// `sanad review BASE HEAD`: the reviewer's checklist of every change to the directory between
/// two git revisions; with `--since TAG --require-second-signer`, also the two-person rule for
/// a release tag.
struct ReviewCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "List every change to contacts, flags, hours, coverage, status, eligibility and sources between two revisions.",
        discussion: """
            sanad review BASE HEAD             the checklist between two revisions (commits, tags, branches)
            sanad review --since release-4 release-5 --require-second-signer --allowed-signers FILE
                                               also check the two-person rule for the release release-5

            The directories are compared as parsed models, not as text. Exit status: 0, or 1 when a
            revision does not load, a release is not validly signed, or the two-person rule is broken.
            """
    )

    @Argument(help: "BASE and HEAD, or only HEAD with --since (default HEAD).")
    var revisions: [String] = []

    @Option(help: ArgumentHelp("The previous release (or any revision) to review from.", valueName: "TAG"))
    var since: String?

    @Flag(help: "HEAD must be a release tag signed by someone other than every signer of the changes since --since.")
    var requireSecondSigner = false

    @Option(help: ArgumentHelp("The allowed signers file (principals and their SSH keys).", valueName: "FILE"))
    var allowedSigners: String?

    @Option(help: "The git repository.")
    var repository = "."

    @Option(help: "The directory folder inside the repository (default: \"directory\" when HEAD has one, else the root).")
    var subdir: String?

    @Flag(help: "Print JSON.")
    var json = false

    func validate() throws {
        if since == nil, revisions.count != 2 { throw ValidationError("Give BASE and HEAD, or --since TAG and optionally HEAD.") }
        if since != nil, revisions.count > 1 { throw ValidationError("With --since, give at most one revision (HEAD).") }
        if requireSecondSigner, since == nil || allowedSigners == nil {
            throw ValidationError("--require-second-signer needs --since and --allowed-signers.")
        }
    }

    func run() async throws {
        let base = since ?? revisions[0]
        let head = since == nil ? revisions[1] : (revisions.first ?? "HEAD")
        do {
            let repo = GitRepository(path: repository)
            let baseCommit = try repo.commit(base), headCommit = try repo.commit(head)
            let folder = subdir ?? (repo.tree(headCommit, subdir: "directory") != nil ? "directory" : ".")
            let directories = try RevisionDirectories(repository: repo, subdir: folder)
            let items = DirectoryReview.changes(from: try directories.directory(at: baseCommit), to: try directories.directory(at: headCommit))
            let review = DirectoryReview(base: base, head: head, baseCommit: baseCommit, headCommit: headCommit, items: items)
            var rule: SecondSignerRule?
            if requireSecondSigner, let allowedSigners {
                let allowed = try AllowedSigners(path: allowedSigners)
                rule = try SecondSignerRule.check(since: base, head: head, directories: directories, allowed: allowed,
                                                  allowedPath: URL(fileURLWithPath: allowedSigners).path)
            }
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                let data = try encoder.encode(ReviewOutput(review: review, twoPersonRule: rule))
                FileHandle.standardOutput.write(data + Data("\n".utf8))
            } else {
                FileHandle.standardOutput.write(Data(review.text.utf8))
                if let rule { FileHandle.standardOutput.write(Data(("\n" + rule.text).utf8)) }
            }
            if let rule, !rule.holds { throw ExitCode.failure }
        } catch let error as TrustError {
            CommandSupport.printError(error.description)
            throw ExitCode.failure
        }
    }

    /// The JSON shape: the checklist, and the rule's verdict when asked for.
    struct ReviewOutput: Encodable {
        var review: DirectoryReview
        var twoPersonRule: SecondSignerRule?
    }
}
