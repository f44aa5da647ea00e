import ArgumentParser
import DirectoryFiles
import DirectoryIndex
import DirectoryModel
import Foundation

/// `sanad index`: builds the search index file from the directory, atomically replacing any
/// previous file, so a server reading it never sees half an index.
struct IndexCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Build the search index (SQLite FTS5) from the directory files."
    )

    @Option(help: "The directory folder.")
    var directory = "directory"

    @Option(help: "The index file to write; it is replaced atomically.")
    var output: String

    func run() async throws {
        let loaded = try Self.loadDirectory(at: directory)
        do {
            try SearchIndex.write(loaded, to: output)
        } catch let error as SearchIndexError {
            Self.printError(error.description)
            throw ExitCode.failure
        }
        print("Indexed \(loaded.organisations.count) organisations into \(output).")
    }

    /// Loads and checks the directory at `path`; on failure prints every error, one per line,
    /// on standard error and exits with status 1. Shared by the commands that search.
    static func loadDirectory(at path: String) throws -> Directory {
        let load = DirectoryLoader.load(directory: path)
        guard let directory = load.directory else {
            let errors = load.problems.filter { $0.severity == .error }
            for problem in errors { printError(problem.description) }
            if errors.isEmpty { printError("The directory \(path) could not be loaded.") }
            throw ExitCode.failure
        }
        return directory
    }

    /// Writes one line to standard error.
    static func printError(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
