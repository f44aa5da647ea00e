import ArgumentParser

/// The `sanad` command: one subcommand per file, each a few lines calling the libraries.
///
/// `@main` sits here rather than in `main.swift`: an `AsyncParsableCommand` in `main.swift`
/// silently binds to the synchronous entry point.
@main
struct SanadCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sanad",
        abstract: "A directory and referral service for human rights defenders at risk.",
        subcommands: [
            LintCommand.self, IndexCommand.self, SearchCommand.self, ShowCommand.self,
            ReferCommand.self, ServeCommand.self, FingerprintCommand.self, CheckCommand.self, StatsCommand.self,
            ReviewCommand.self, VerifyCommand.self, BundleCommand.self, SourcesCommand.self,
            ExportCommand.self, ImportCommand.self,
        ]
    )
}
