import DirectoryFiles
import DirectoryModel
import Foundation

/// Loads the directory as it is at git revisions, through a scratch checkout of each tree, and
/// remembers each tree it loaded: a range of commits shares most of its trees.
public final class RevisionDirectories {
    public let repository: GitRepository
    /// The directory folder inside the repository ("." or "directory").
    public let subdir: String
    private let scratch: URL
    private var loaded: [String: Result<Directory, TrustError>] = [:]

    public init(repository: GitRepository, subdir: String) throws(TrustError) {
        self.repository = repository
        self.subdir = subdir
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("sanad-review-\(UUID().uuidString)")
        do { try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true) } catch {
            throw .file("Cannot create a scratch folder in \(FileManager.default.temporaryDirectory.path).")
        }
    }

    deinit { try? FileManager.default.removeItem(at: scratch) }

    /// The tree id of the directory folder at `commit`; nil when the folder does not exist there.
    public func tree(at commit: String) -> String? { repository.tree(commit, subdir: subdir) }

    /// The directory at `commit`, parsed and checked as the server would load it.
    ///
    /// - Throws: ``TrustError/git(_:)`` when the folder is missing, or the lint errors (first few)
    ///   when the files at that revision do not load.
    public func directory(at commit: String) throws(TrustError) -> Directory {
        guard let tree = tree(at: commit) else {
            throw .git("\(String(commit.prefix(12))) has no folder \"\(subdir)\".")
        }
        return try directory(tree: tree, label: String(commit.prefix(12)))
    }

    /// The directory in `tree`.
    public func directory(tree: String, label: String) throws(TrustError) -> Directory {
        if let done = loaded[tree] { return try done.get() }
        let target = scratch.appendingPathComponent(tree).path
        let result: Result<Directory, TrustError>
        do {
            try FileManager.default.createDirectory(atPath: target, withIntermediateDirectories: true)
            try repository.checkout(tree: tree, into: target)
            let load = DirectoryLoader.load(directory: target)
            if let directory = load.directory {
                result = .success(directory)
            } else {
                let errors = load.problems.filter { $0.severity == .error }.prefix(5).map {
                    $0.description.replacingOccurrences(of: target, with: label)
                }
                result = .failure(.git("The directory at \(label) does not load:\n" + errors.joined(separator: "\n")))
            }
        } catch let error as TrustError {
            result = .failure(error)
        } catch {
            result = .failure(.file("Cannot write the scratch checkout: \(error)"))
        }
        try? FileManager.default.removeItem(atPath: target)
        loaded[tree] = result
        return try result.get()
    }
}
