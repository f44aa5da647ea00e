import ArgumentParser
import DirectoryModel
import Exchange
import Foundation

/// `sanad import hsds FILE --publisher URL --date D --output DIR`: another directory's data as
/// draft files for a maintainer to review.
struct ImportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn another directory's data into draft directory files.",
        subcommands: [HSDS.self]
    )

    /// `sanad import hsds`: HSDS 3.0 JSON to draft YAML, one file per organisation.
    struct HSDS: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "hsds",
            abstract: "Turn an HSDS 3.0 JSON file into draft organisation files (needs_review: true) and a report of what could not be mapped.",
            discussion: """
                Every contact is cited to --publisher and --date. The drafts go into --output, which must be outside \
                directory/: lint refuses a file with needs_review until a maintainer has checked it and removed the line. \
                The report is printed and written to --output/import-report.txt.
                """
        )

        @Argument(help: "A local HSDS 3.0 JSON file: a list of organizations, an API page, or one organization.")
        var file: String

        @Option(help: "The URL of the directory that published the data.")
        var publisher: String

        @Option(help: ArgumentHelp("The date of the data.", valueName: "YYYY-MM-DD"))
        var date: String

        @Option(help: "The folder for the drafts (created if needed; not inside directory/).")
        var output: String

        @Option(help: "The language the file's texts are in (ISO 639-1).")
        var lang = "en"

        func validate() throws {
            guard CalendarDate(date) != nil else { throw ValidationError("--date takes a date such as 2026-11-29.") }
            guard ValidationFormats.isWebURL(publisher) else { throw ValidationError("--publisher takes the publisher's http(s) URL.") }
            // Drafts go in only after review: refuse a folder inside a Sanad directory (one with
            // regions.yaml and organisations/ at or above it).
            var folder = URL(fileURLWithPath: output).standardizedFileURL
            while folder.path != "/" {
                let files = FileManager.default
                if files.fileExists(atPath: folder.appendingPathComponent("regions.yaml").path),
                   files.fileExists(atPath: folder.appendingPathComponent("organisations").path) {
                    throw ValidationError("--output must be outside the directory \(folder.path): drafts are reviewed before they go in.")
                }
                folder.deleteLastPathComponent()
            }
        }

        func run() async throws {
            let json: JSONValue
            do {
                json = try JSONValue.decode(Data(contentsOf: URL(fileURLWithPath: file)))
            } catch {
                CommandSupport.printError("\(file): not JSON (\(error.localizedDescription))")
                throw ExitCode.failure
            }
            let result: HSDSImport.Result
            do {
                result = try HSDSImport(publisher: publisher, date: date, language: lang).run(json)
            } catch let error as HSDSExportError {
                CommandSupport.printError("\(file): \(error)")
                throw ExitCode.failure
            }
            let folder = URL(fileURLWithPath: output)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for org in result.organisations {
                let text = DraftYAML.text(org, publisher: publisher, date: date)
                try Data(text.utf8).write(to: folder.appendingPathComponent(org.id + ".yaml"))
            }
            let report = result.unmapped.map { $0 + "\n" }.joined()
            try Data(report.utf8).write(to: folder.appendingPathComponent("import-report.txt"))
            FileHandle.standardOutput.write(Data(report.utf8))
            CommandSupport.printError("Wrote \(result.organisations.count) draft files to \(output); \(result.unmapped.count) items could not be mapped (import-report.txt).")
        }
    }
}
