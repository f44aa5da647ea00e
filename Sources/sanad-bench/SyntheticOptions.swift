import ArgumentParser

/// What every benchmark over a synthetic directory takes (index, refer, export, hsds-api): how
/// many invented organisations to synthesise, and the real directory whose vocabularies and
/// regions they are given.
struct SyntheticOptions: ParsableArguments {
    @Option(help: "How many organisations to synthesise.")
    var organisations = 10_000

    @Option(help: "A real directory: its vocabularies and regions are used for the synthetic one (index, refer and export time it too).")
    var directory = "directory"

    func validate() throws {
        guard organisations > 0 else { throw ValidationError("--organisations must be positive.") }
    }
}
