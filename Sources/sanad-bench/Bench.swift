import ArgumentParser

/// `sanad-bench`: programs that print the figures Sanad is judged by. Benchmarks are programs,
/// never timed unit tests; build with `-c release` before reading their numbers.
@main
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sanad-bench",
        abstract: "Print Sanad's performance figures.",
        subcommands: [IndexBench.self, ReferBench.self, ExportBench.self, HSDSAPIBench.self]
    )
}
