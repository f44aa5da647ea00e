import ArgumentParser
import DirectoryFiles
import DirectoryIndex
import DirectoryModel
import Foundation

/// `sanad-bench index`: synthesises a directory of invented organisations, then prints the time
/// to load and lint it, to build the search index, and search latency over that index.
struct IndexBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Time load+lint, index build and search over a synthetic directory."
    )

    @OptionGroup var source: SyntheticOptions

    @OptionGroup var timing: RepeatsOption

    @Option(help: ArgumentHelp("Only time this query, run --repeats times over the synthetic index (for a profiler).", valueName: "words"))
    var query: String?

    @Flag(help: "Keep the synthetic files and print where they are.")
    var keep = false

    /// How many times each query is timed.
    var repeats: Int { timing.repeats ?? 5 }

    func run() throws {
        let scratch = try ScratchFolder(prefix: "")
        defer { scratch.finish(keep: keep) }
        let real = FileManager.default.fileExists(atPath: source.directory + "/regions.yaml") ? source.directory : nil
        let (synthetic, writeFiles) = try measure {
            try SyntheticDirectory.write(count: source.organisations, into: scratch.path, copyingFrom: real)
        }
        print("sanad-bench index: \(source.organisations) synthetic organisations; vocabularies and regions from \(real ?? "sanad-bench's minimal set")")
        row("write YAML files", Latency.seconds(writeFiles))

        let (load, loadTime, loadCPU) = measureWithCPU { DirectoryLoader.load(directory: synthetic.path) }
        let errors = load.problems.filter { $0.severity == .error }
        let warnings = load.problems.filter { $0.severity == .warning }
        row("load + lint", "\(Latency.seconds(loadTime)), CPU \(Latency.seconds(loadCPU))  (\(load.fileCount) files, \(errors.count) errors, \(warnings.count) warnings)")
        guard let loaded = load.directory else {
            for problem in errors.prefix(10) { print("  \(problem)") }
            throw ExitCode.failure
        }
        for problem in warnings.prefix(3) { print("    e.g. \(problem)") }

        let (memoryIndex, buildTime, buildCPU) = try measureWithCPU { try SearchIndex.build(loaded) }
        row("build index (memory)", "\(Latency.seconds(buildTime)), CPU \(Latency.seconds(buildCPU))")
        let file = scratch.path + "/index.sqlite"
        let (_, writeTime, writeCPU) = try measureWithCPU { try SearchIndex.write(loaded, to: file) }
        let size = (try? FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
        row("write index (file)", "\(Latency.seconds(writeTime)), CPU \(Latency.seconds(writeCPU))  (\(size / 1024) KiB)")
        row("lint + index", "\(Latency.seconds(loadTime + writeTime)), CPU \(Latency.seconds(loadCPU + writeCPU))  as sanad index does it (target < 5 s)")
        print("  (CPU: time the process ran on all cores; wall time also counts other processes on a busy machine)")

        if let query {
            let (cpu, hits) = try repeatedSearch(memoryIndex, query)
            row("search \(query.debugDescription)", "CPU \(cpu.summary)  (\(hits) hits)")
            return
        }
        let queries = SyntheticWords.queries(countries: synthetic.countryNames)
        let fileIndex = try SearchIndex.open(path: file)
        for (label, index) in [("search (memory)", memoryIndex), ("search (file)", fileIndex)] {
            let result = try searchLatency(index, queries)
            row(label, "\(result.latency.summary)  (\(queries.count) queries × \(repeats), \(result.found) found something; target p99 < 2 ms)")
            row("  CPU", result.cpu.summary)
        }
        print("  slowest queries (median CPU of \(repeats) runs, hits):")
        for slow in try slowestQueries(fileIndex, queries, count: 6) {
            let shown = slow.query.count > 40 ? String(slow.query.prefix(40)) + "… (\(slow.query.count) characters)" : slow.query
            print("    \(Latency.milliseconds(slow.cpu))  \(slow.hits)  \(shown.debugDescription)")
        }

        if let real {
            let realLoad = DirectoryLoader.load(directory: real)
            if let realDirectory = realLoad.directory {
                let result = try searchLatency(try SearchIndex.build(realDirectory), queries)
                row("search (real \(realDirectory.organisations.count))", "\(result.latency.summary)  (same queries)")
            } else {
                row("search (real)", "skipped: \(real) does not load without errors")
            }
        }
    }

    /// Runs every query once to warm up, then `repeats` times, timing each search.
    private func searchLatency(_ index: SearchIndex, _ queries: [String]) throws -> (latency: Latency, cpu: Latency, found: Int) {
        var found = 0
        for query in queries where !(try index.search(query, limit: 20)).isEmpty { found += 1 }
        var latency = Latency()
        var cpu = Latency()
        for _ in 0..<repeats {
            for query in queries {
                let (_, wall, used) = try measureWithCPU { try index.search(query, limit: 20) }
                latency.record(wall)
                cpu.record(used)
            }
        }
        return (latency, cpu, found)
    }

    /// The queries that cost most CPU, by their median over `repeats` runs.
    private func slowestQueries(_ index: SearchIndex, _ queries: [String], count: Int) throws -> [(query: String, cpu: Duration, hits: Int)] {
        var results: [(query: String, cpu: Duration, hits: Int)] = []
        for query in queries {
            let (times, hits) = try repeatedSearch(index, query)
            results.append((query, times.percentile(50), hits))
        }
        return Array(results.sorted { $0.cpu > $1.cpu }.prefix(count))
    }

    /// Runs `query` `repeats` times; the CPU of each run, and the hits of the last.
    private func repeatedSearch(_ index: SearchIndex, _ query: String) throws -> (cpu: Latency, hits: Int) {
        var cpu = Latency()
        var hits = 0
        for _ in 0..<repeats {
            let (found, _, used) = try measureWithCPU { try index.search(query, limit: 20) }
            cpu.record(used)
            hits = found.count
        }
        return (cpu, hits)
    }

    private func row(_ label: String, _ value: String) {
        print("  " + label.padding(toLength: 26, withPad: " ", startingAt: 0) + value)
    }
}
