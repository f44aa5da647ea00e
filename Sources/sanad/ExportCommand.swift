import ArgumentParser
import DirectoryModel
import Exchange
import Foundation

/// `sanad export hsds --output DIR [--lang L] [--profile]`: the directory in an exchange format.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the directory in an exchange format.",
        subcommands: [HSDS.self, HSDSAPISamplesCommand.self]
    )

    /// `sanad export hsds`: Open Referral HSDS 3.0 JSON, NDJSON and the tabular data package.
    struct HSDS: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "hsds",
            abstract: "Write the directory as Open Referral HSDS 3.0: JSON, NDJSON and the tabular data package (CSV).",
            discussion: """
                HSDS texts are single-language: one export per language. Nothing historical or unconfirmed is \
                exported. Ids are UUID v5 of Sanad's ids (docs/hsds-profile/README.md). --profile adds the Sanad \
                profile's fields (security levels, safe first step, eligibility, sources).
                """
        )

        @Option(help: "The folder to write (created if needed).")
        var output: String

        @Option(help: "The language of the texts: en, fr, es or ar.")
        var lang = "en"

        @Flag(help: "Add the Sanad profile's fields (docs/hsds-profile/).")
        var profile = false

        @Option(help: "The directory folder.")
        var directory = "directory"

        func validate() throws {
            guard UILanguage(rawValue: lang) != nil else { throw ValidationError("--lang must be one of en, fr, es, ar.") }
        }

        func run() async throws {
            let loaded = try CommandSupport.loadDirectory(at: directory)
            let export = HSDSExport(directory: loaded, language: lang, profile: profile)
            let start = ContinuousClock.now
            let summary = try HSDSExportFiles.write(export, into: URL(fileURLWithPath: output))
            let elapsed = ContinuousClock.now - start
            CommandSupport.printError(
                "Wrote \(summary.organizations) organizations and \(summary.services) services (\(lang)) to \(output): "
                    + "\(summary.totalBytes) bytes in \(elapsed.formatted(.units(allowed: [.milliseconds])))."
            )
        }
    }
}
