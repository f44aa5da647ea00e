import ArgumentParser

/// What both benchmarks share: how many invented organisations to synthesise, the real
/// directory whose vocabularies and regions they are given, and how many timed runs.
struct SyntheticOptions: ParsableArguments {
    @Option(help: "How many organisations to synthesise.")
    var organisations = 10_000

    @Option(help: "A real directory: its vocabularies and regions are used for the synthetic one, and it is timed too.")
    var directory = "directory"

    @Option(help: "How many times each query or profile is run, after one warm-up pass (default: 5 for index, 20 for refer).")
    var repeats: Int?

    func validate() throws {
        guard organisations > 0, repeats ?? 1 > 0 else { throw ValidationError("--organisations and --repeats must be positive.") }
    }
}
