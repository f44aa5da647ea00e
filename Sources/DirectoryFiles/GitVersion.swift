import DirectoryModel
import Foundation

/// The git commit and date of a directory's files, when the directory is in a git checkout.
enum GitVersion {
    /// Runs `git -C DIR log -1 --format=%H%n%cs -- .`; nil when git is missing, the folder is not
    /// in a checkout, or anything else goes wrong. Never fails the load.
    static func of(directory path: String) -> DirectoryVersion? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", path, "log", "-1", "--format=%H%n%cs", "--", "."]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        // Read before waiting: a full pipe would otherwise block git forever.
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0, let text = String(data: data, encoding: .utf8) else { return nil }
        let lines = text.split(separator: "\n").map(String.init)
        guard lines.count >= 2, lines[0].count == 40 else { return nil }
        return DirectoryVersion(commit: lines[0], date: lines[1])
    }
}
