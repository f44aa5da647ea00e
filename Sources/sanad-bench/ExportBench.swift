import ArgumentParser
import DirectoryFiles
import DirectoryModel
import Exchange
import Foundation

/// `sanad-bench export`: the time and size of the HSDS export (JSON, NDJSON and the tabular
/// package, as `sanad export hsds` writes them) of the real directory and of a synthetic one.
struct ExportBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Time the HSDS export of the real directory and of a synthetic directory, and print its size."
    )

    @OptionGroup var source: SyntheticOptions

    @Option(help: "The export's language.")
    var lang = "en"

    @Flag(help: "Add the Sanad profile's fields.")
    var profile = false

    @Flag(help: "Keep the synthetic files and the exports and print where they are.")
    var keep = false

    func run() throws {
        let scratch = try ScratchFolder(prefix: "export-")
        defer { scratch.finish(keep: keep) }
        let folder = scratch.path
        print("sanad-bench export: HSDS 3.0, language \(lang), profile \(profile ? "on" : "off")")
        if let real = DirectoryLoader.load(directory: source.directory).directory {
            try exportAndReport("real directory", real, into: folder + "/real")
        } else {
            print("  (no real directory at \(source.directory))")
        }
        let synthetic = try SyntheticDirectory.write(count: source.organisations, into: folder, copyingFrom: source.directory)
        let (load, loadTime) = measure { DirectoryLoader.load(directory: synthetic.path) }
        guard let loaded = load.directory else {
            for problem in load.problems.filter({ $0.severity == .error }).prefix(10) { print("  \(problem)") }
            throw ExitCode.failure
        }
        print("  synthetic: \(source.organisations) organisations loaded in \(Latency.seconds(loadTime)) (not part of the export time)")
        try exportAndReport("\(source.organisations) synthetic", loaded, into: folder + "/synthetic-export")
    }

    /// Exports `directory` once and prints the wall and CPU time and the bytes of each form.
    private func exportAndReport(_ label: String, _ directory: Directory, into path: String) throws {
        let export = HSDSExport(directory: directory, language: lang, profile: profile)
        let (summary, wall, cpu) = try measureWithCPU { try HSDSExportFiles.write(export, into: URL(fileURLWithPath: path)) }
        func megabytes(_ bytes: Int) -> String { String(format: "%.1f MB", Double(bytes) / 1_000_000) }
        let json = (summary.bytes["organizations.json"] ?? 0) + (summary.bytes["services.json"] ?? 0)
            + (summary.bytes["taxonomies.json"] ?? 0) + (summary.bytes["taxonomy_terms.json"] ?? 0)
        let ndjson = (summary.bytes["organizations.ndjson"] ?? 0) + (summary.bytes["services.ndjson"] ?? 0)
        let tabular = summary.bytes.filter { $0.key.hasPrefix("tabular/") }.values.reduce(0, +)
        print("  \(label): \(summary.organizations) organizations, \(summary.services) services; "
            + "\(Latency.seconds(wall)) wall, CPU \(Latency.seconds(cpu)); total \(megabytes(summary.totalBytes)) "
            + "(JSON \(megabytes(json)), NDJSON \(megabytes(ndjson)), tabular \(megabytes(tabular)); "
            + "service_areas.csv \(megabytes(summary.bytes["tabular/service_areas.csv"] ?? 0)))")
    }
}
