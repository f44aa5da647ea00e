import Foundation
import Memberwise

/// A git repository (bare or not) that Sanad reads with the `git` command: revisions,
/// signatures and trees. Nothing here writes to the repository.
@MemberwiseInit
public struct GitRepository: Sendable {
    /// The repository's path (a working tree or a bare repository).
    public var path: String
    /// Extra `-c name=value` settings for every command (the allowed signers file).
    public var settings: [String] = []

    /// The output of one git command.
    public struct Output: Sendable {
        public var status: Int32
        public var stdout: Data
        public var stderr: String
        public var text: String { String(decoding: stdout, as: UTF8.self) }
    }

    /// Runs `git -C path [-c …] arguments`, with `environment` added.
    public func run(_ arguments: [String], environment: [String: String] = [:]) throws(TrustError) -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", path] + settings.flatMap { ["-c", $0] } + arguments
        var env = ProcessInfo.processInfo.environment
        // The user's own configuration must not change what is verified.
        env["GIT_CONFIG_NOSYSTEM"] = "1"
        env["LC_ALL"] = "C"
        for (k, v) in environment { env[k] = v }
        process.environment = env
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { throw .git("git cannot be started: \(error)") }
        // Read both pipes before waiting, so a full pipe never blocks git.
        let group = DispatchGroup()
        nonisolated(unsafe) var errData = Data()
        group.enter()
        DispatchQueue.global().async {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Output(status: process.terminationStatus, stdout: data, stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Runs a command that must succeed and returns its standard output.
    @discardableResult
    public func check(_ arguments: [String], environment: [String: String] = [:]) throws(TrustError) -> String {
        let output = try run(arguments, environment: environment)
        guard output.status == 0 else {
            let why = output.stderr.split(separator: "\n").first.map(String.init) ?? "exit status \(output.status)"
            throw .git("git \(arguments.first ?? "") failed: \(why)")
        }
        return output.text
    }

    /// The commit a revision names (a tag is peeled).
    public func commit(_ revision: String) throws(TrustError) -> String {
        let out = try run(["rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}"])
        guard out.status == 0 else { throw .git("\"\(revision)\" is not a commit in \(path == "." ? "this repository" : path).") }
        return out.text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The tree of `subdir` at `commit`, or nil when the commit has no such folder.
    public func tree(_ commit: String, subdir: String) -> String? {
        let spec = subdir == "." || subdir.isEmpty ? "\(commit)^{tree}" : "\(commit):\(subdir)"
        guard let out = try? run(["rev-parse", "--verify", "--quiet", spec]), out.status == 0 else { return nil }
        return out.text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Writes the files of `tree` into the empty folder `target` with git's own checkout (so
    /// `export-ignore` and other archive attributes play no part: this is what a checkout holds).
    public func checkout(tree: String, into target: String) throws(TrustError) {
        let index = target + ".index"
        defer { try? FileManager.default.removeItem(atPath: index) }
        let env = ["GIT_INDEX_FILE": index]
        try check(["read-tree", tree], environment: env)
        try check(["--work-tree=" + target, "checkout-index", "--all", "--force"], environment: env)
    }
}
