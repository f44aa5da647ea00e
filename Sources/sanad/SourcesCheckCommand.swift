import ArgumentParser
import Catalogue
import DirectoryModel
import Foundation
import SourceCheck

/// `sanad sources check [DIR]`: fetches every cited source page and reports, per contact,
/// whether the page could be read and whether the value is on it; `--record` writes the check
/// date of values found on own or official pages into the files.
struct SourcesCheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Re-read every cited source and look for each contact value in it.",
        discussion: """
            Books, repository files, archive and document-sharing copies and news articles are reported as \
            not checkable and never fetched. Exits 0 when every value on a checkable source was found, 1 when \
            any is missing or its page could not be read, 2 when no page could be read at all. Needs the \
            internet: run it on a maintainer's machine, never in CI.
            """
    )

    @OptionGroup var directory: DirectoryArgument

    @Flag(help: "List the pages that would be fetched and the sources that cannot be checked; fetch nothing.")
    var dryRun = false

    @Flag(help: "Print the verdicts as JSON.")
    var json = false

    @Flag(help: "Write 'checked: DATE' at each current contact found on the organisation's own or an official page.")
    var record = false

    @Option(help: ArgumentHelp("The date --record writes (default: today, UTC).", valueName: "YYYY-MM-DD"))
    var date: String?

    @Option(help: "Pages fetched at the same time.")
    var concurrency = 4

    @Option(help: ArgumentHelp("Seconds between two requests to one host.", valueName: "SECONDS"))
    var delay = 2.0

    @Option(help: ArgumentHelp("Seconds allowed for one page, body included.", valueName: "SECONDS"))
    var timeout = 20.0

    @Option(name: .customLong("only"), help: ArgumentHelp("Check only this organisation (repeatable).", valueName: "ID"))
    var organisations: [String] = []

    func validate() throws {
        if let date {
            guard let day = CalendarDate(date) else { throw ValidationError("--date takes a date such as 2026-12-05.") }
            // Lint refuses a check date after today: never record one.
            if day > CalendarDate.today() { throw ValidationError("--date cannot be after today.") }
        }
        guard (1...32).contains(concurrency) else { throw ValidationError("--concurrency takes 1 to 32.") }
        guard delay >= 0.5, delay <= 60 else { throw ValidationError("--delay takes 0.5 to 60 seconds.") }
        guard timeout >= 1, timeout <= 120 else { throw ValidationError("--timeout takes 1 to 120 seconds.") }
        if dryRun, record { throw ValidationError("--dry-run fetches nothing, so there is nothing to --record.") }
    }

    func run() async throws {
        // Only a directory that lints clean is checked: --record must edit files lint accepts.
        _ = try CommandSupport.loadDirectory(at: directory.path)
        var contacts: [LocatedContact]
        do { contacts = try ContactLocator.contacts(in: directory.path) } catch {
            CommandSupport.printError(error.description)
            throw ExitCode.failure
        }
        if !organisations.isEmpty {
            let unknown = Set(organisations).subtracting(contacts.map(\.organisation))
            guard unknown.isEmpty else {
                CommandSupport.printError("No contacts for: \(unknown.sorted().joined(separator: ", ")).")
                throw ExitCode(2)
            }
            contacts = contacts.filter { organisations.contains($0.organisation) }
        }
        let plan = CheckPlan(contacts: contacts)
        if dryRun {
            FileHandle.standardOutput.write(Data((json ? plan.json : plan.text).utf8))
            return
        }
        var limits = FetchLimits(concurrency: concurrency, perHostInterval: .milliseconds(Int(delay * 1000)),
                                 totalTimeout: .milliseconds(Int(timeout * 1000)))
        limits.readTimeout = min(limits.readTimeout, limits.totalTimeout)
        let fetcher = HTTPPageFetcher(limits: limits)
        let report = await SourceChecker(fetcher: fetcher, limits: limits).run(plan)
        await fetcher.shutdown()
        FileHandle.standardOutput.write(Data((json ? report.json : report.text).utf8))
        if record {
            let day = date.flatMap(CalendarDate.init) ?? CalendarDate.today()
            do {
                let edits = try CheckRecorder.record(report.verdicts, date: day)
                for edit in edits { CommandSupport.printError("recorded \(edit)") }
                CommandSupport.printError("\(edits.count) check date\(edits.count == 1 ? "" : "s") written; review with git diff, commit as one change.")
            } catch {
                CommandSupport.printError(error.description)
                throw ExitCode.failure
            }
        }
        if report.exitStatus != 0 { throw ExitCode(report.exitStatus) }
    }
}
