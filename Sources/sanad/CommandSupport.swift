import ArgumentParser
import Catalogue
import DirectoryFiles
import DirectoryModel
import Foundation

/// What several subcommands share: loading the directory and reporting to standard error.
enum CommandSupport {
    /// Loads and checks the directory at `path`; on errors prints each one as file:line:column
    /// and exits 1.
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

    /// Writes one warning line to standard error: something ignored that the operator should know.
    static func printWarning(_ line: String) {
        FileHandle.standardError.write(Data(("warning: " + line + "\n").utf8))
    }
}

/// For commands that render catalogue pages without searching (`show`, `refer`).
struct NoSearch: SearchProvider {
    func searchIDs(_ query: String, limit: Int) throws -> [String] { [] }
}
