import ArgumentParser

/// How many timed runs the index and refer benchmarks make of each query or profile; each
/// benchmark has its own default.
struct RepeatsOption: ParsableArguments {
    @Option(help: "How many times each query or profile is run, after one warm-up pass (default: 5 for index, 20 for refer).")
    var repeats: Int?

    func validate() throws {
        guard repeats ?? 1 > 0 else { throw ValidationError("--repeats must be positive.") }
    }
}
