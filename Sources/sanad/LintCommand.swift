import ArgumentParser
import Catalogue
import DirectoryFiles
import DirectoryModel
import Foundation

/// `sanad lint [DIR]`: checks every directory file and prints each problem as
/// `file:line:column: severity: message`, with a summary on standard error.
struct LintCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check the directory files and report every problem with its file, line and column.",
        discussion: "Exits 0 when there are no errors and 1 when there are. Stale entries (--stale) never change the exit status."
    )

    @OptionGroup var directory: DirectoryArgument

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @Flag(help: "Print the problems as a JSON array.")
    var json = false

    @Option(help: ArgumentHelp("List current contacts never re-checked, or last checked more than MONTHS months ago.", valueName: "MONTHS"))
    var stale: Int?

    @Option(name: .customLong("as-of"), help: ArgumentHelp("Today for lint: no contact's \"checked\" date may be later, and --stale counts from it (default: today).", valueName: "YYYY-MM-DD"))
    var asOf: String?

    func validate() throws {
        if let stale, stale < 0 { throw ValidationError("--stale takes a number of months, 0 or more.") }
        if let asOf, CalendarDate(asOf) == nil { throw ValidationError("--as-of takes a date such as 2026-11-29.") }
    }

    func run() async throws {
        let today = asOf.flatMap(CalendarDate.init) ?? CalendarDate.today()
        let load = DirectoryLoader.load(directory: directory.path, asOf: today)
        let report = LintReport(load: load, strict: strict, staleMonths: stale, asOf: today)
        let output = json ? report.json : report.text
        FileHandle.standardOutput.write(Data(output.utf8))
        FileHandle.standardError.write(Data((report.summary + "\n").utf8))
        if report.exitStatus != 0 { throw ExitCode(report.exitStatus) }
    }
}
