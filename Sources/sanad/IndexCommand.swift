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

    @OptionGroup var directory: DirectoryOption

    @Option(help: "The index file to write; it is replaced atomically.")
    var output: String

    func run() async throws {
        let loaded = try CommandSupport.loadDirectory(at: directory.path)
        do {
            try SearchIndex.write(loaded, to: output)
        } catch let error as SearchIndexError {
            CommandSupport.printError(error.description)
            throw ExitCode.failure
        }
        print("Indexed \(loaded.organisations.count) organisations into \(output).")
    }
}
