import ArgumentParser
import DirectoryFiles
import Foundation

/// `sanad stats [DIR]`: the directory's coverage in numbers, by kind and by defender region, as
/// the audit counts it (see directory/README.md, "Statistics").
struct StatsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Count entries per kind and per defender region, with current, emergency and 24-hour contacts.",
        discussion: "Per defender region: entries whose active programmes name a country there (not GLOBAL); of those, how many have a current sourced contact, an emergency channel, a 24-hour channel; and the regional mechanisms covering at least half the region."
    )

    @OptionGroup var directory: DirectoryArgument

    @Flag(help: "Print one JSON object.")
    var json = false

    func run() async throws {
        let report = StatisticsReport(try CommandSupport.loadDirectory(at: directory.path))
        FileHandle.standardOutput.write(Data((json ? report.json : report.text).utf8))
    }
}
