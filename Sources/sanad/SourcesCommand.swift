import ArgumentParser

/// `sanad sources`: work on the sources the directory cites.
struct SourcesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sources",
        abstract: "Work on the sources the directory cites.",
        subcommands: [SourcesCheckCommand.self]
    )
}
