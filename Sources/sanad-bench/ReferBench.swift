import ArgumentParser
import Catalogue
import DirectoryFiles
import DirectoryModel
import Foundation
import Referral

/// `sanad-bench refer`: referral latency over the real directory and over a synthetic one of
/// invented organisations built in memory (with the real vocabularies and regions), for a fixed
/// set of caseworker profiles. Prints p50/p99/max per directory; the target is p99 < 5 ms.
struct ReferBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "refer",
        abstract: "Time referrals over the real directory and a synthetic one."
    )

    @OptionGroup var source: SyntheticOptions

    @OptionGroup var timing: RepeatsOption

    @Option(help: "Judge the engine by a scenario file (docs/scenarios/caseworker.yaml) instead of timing it.")
    var scenarios: String?

    @Flag(help: "With --scenarios: list each scenario's misses and every wrong-country result.")
    var verbose = false

    /// How many times each profile is referred.
    var repeats: Int { timing.repeats ?? 20 }

    func run() throws {
        let load = DirectoryLoader.load(directory: source.directory)
        guard let real = load.directory else {
            print("sanad-bench refer: \(source.directory) does not load without errors; run sanad lint.")
            throw ExitCode.failure
        }
        let asOf = CalendarDate(year: 2026, month: 11, day: 29)
        if let scenarios {
            let evaluation = ScenarioEvaluation.run(try ScenarioEvaluation.load(path: scenarios), index: ReferralIndex(directory: real), asOf: asOf)
            print("sanad-bench refer --scenarios \(scenarios) (as of \(asOf))")
            evaluation.report(verbose: verbose).forEach { print($0) }
            return
        }
        let parser = ProfileParser(directory: real)
        let profiles = Self.queries.map { parser.parse(words: $0).profile }
        print("sanad-bench refer: \(profiles.count) profiles × \(repeats); the directory is compiled once, as the server does")
        let (realIndex, realCompile) = measure { ReferralIndex(directory: real) }
        row("compile real", Latency.milliseconds(realCompile))
        row("refer (real \(real.organisations.count))", latency(profiles, realIndex, asOf).summary + "  (target p99 < 5 ms)")

        let (synthetic, buildTime) = measure { Self.synthetic(count: source.organisations, like: real) }
        let services = synthetic.organisations.reduce(0) { $0 + $1.services.count }
        row("synthetic build", "\(Latency.seconds(buildTime))  (\(source.organisations) organisations, \(services) programmes)")
        let (index, compile) = measure { ReferralIndex(directory: synthetic) }
        row("compile synthetic", Latency.milliseconds(compile))
        row("refer (synthetic \(source.organisations))", latency(profiles, index, asOf).summary + "  (target p99 < 5 ms)")
        var exclusions = Latency()
        for profile in profiles.prefix(5) {
            let report = ReferralEngine.refer(profile, index: index, asOf: asOf)
            exclusions.record(measure { report.excluded }.1)
        }
        row("why-not list (synthetic)", exclusions.summary + "  (built only on demand)")

        var parse = Latency()
        for _ in 0..<repeats {
            for query in Self.queries { parse.record(measure { parser.parse(words: query) }.1) }
        }
        row("parse free words", parse.summary)
        let catalogue = Catalogue(directory: real, index: NoSearch(), today: { asOf })
        let report = catalogue.referral(profiles[0])
        row("render text + JSON", Latency.milliseconds(measure {
            (catalogue.referralPage(report, all: false, language: .en).plainTextLines(), report.json(language: .en))
        }.1))
    }

    private func latency(_ profiles: [DefenderProfile], _ index: ReferralIndex, _ asOf: CalendarDate) -> Latency {
        for profile in profiles { _ = ReferralEngine.refer(profile, index: index, asOf: asOf) }
        var latency = Latency()
        for _ in 0..<repeats {
            for profile in profiles {
                latency.record(measure { ReferralEngine.refer(profile, index: index, asOf: asOf) }.1)
            }
        }
        return latency
    }

    private func row(_ label: String, _ value: String) {
        print("  " + label.padding(toLength: 26, withPad: " ", startingAt: 0) + value)
    }

    /// Caseworker queries of the golden scenarios, and a few broad ones (the slowest: most pass).
    static let queries = [
        "MX journalist death threat urgent spanish", "TN woman defender judicial harassment arabic",
        "TR academic arrest placement", "RU lgbt activist hacked accounts russian", "KE lgbtiq hacked accounts",
        "HN land defender attacked urgent", "BR indigenous land defender attacked", "CO land defender death threats",
        "SY exile grant arabic", "EG ngo closure organisation", "LB journalist spyware arabic",
        "BY trade unionist arrested UN", "IR writer relocation", "PK lawyer online harassment",
        "defender", "urgent", "grant", "TN", "",
    ]

    /// An in-memory directory of `count` invented organisations with the real vocabularies and
    /// regions: 1–3 programmes each, with coverage, groups, threats, languages and a contact.
    static func synthetic(count: Int, like real: Directory) -> Directory {
        var random = SplitMix64(seed: 2026)
        let v = real.vocabularies
        let countries = real.regions.countries.map(\.code)
        let regions = real.regions.regions.map(\.code)
        let bodies = real.regions.bodies.map(\.code)
        func pick(_ list: [String], _ range: ClosedRange<Int>) -> [String] {
            var chosen: [String] = []
            let wanted = min(range.lowerBound + random.next(range.count), list.count)
            while chosen.count < wanted {
                let item = list[random.next(list.count)]
                if !chosen.contains(item) { chosen.append(item) }
            }
            return chosen
        }
        let verified = CalendarDate(year: 2026, month: 1 + random.next(11), day: 1)
        var organisations: [Organisation] = []
        organisations.reserveCapacity(count)
        for n in 1...count {
            let services = (1...(1 + random.next(3))).map { s -> Service in
                let coverage: [String]
                switch random.next(10) {
                case 0, 1: coverage = [Coverage.globalCode]
                case 2, 3: coverage = pick(regions, 1...2).map { Coverage.regionPrefix + $0 }
                case 4: coverage = pick(bodies, 1...1).map { Coverage.bodyPrefix + $0 }
                default: coverage = pick(countries, 1...4)
                }
                return Service(
                    id: "service-\(s)", name: LocalizedText("Programme \(s)"), types: pick(v.services.codes, 1...3),
                    role: [.provider, .funder, .referrer, .advocate][random.next(4)],
                    beneficiaries: pick(v.beneficiaries.codes, 1...2), coverage: Coverage(include: coverage),
                    threats: pick(v.threats.codes, 0...3),
                    urgency: random.next(4) == 0 ? Urgency(emergency: true, firstResponse: ISODuration("PT24H")) : nil,
                    languages: pick(["ar", "en", "es", "fr", "ru", "fa", "pt", "tr", "zh"], 1...3), cost: .free,
                    contacts: [Contact(type: "email", value: "programme\(s)@org\(n).example", security: random.next(3) == 0 ? .e2e : .transport,
                                       source: "synthetic", sourceDate: "2026", checked: verified)],
                    intake: Intake(mode: .direct)
                )
            }
            organisations.append(Organisation(
                id: "synthetic-\(n)", name: LocalizedText("Synthetic organisation \(n)"),
                kind: v.kinds.codes.isEmpty ? "ngo" : v.kinds.codes[random.next(v.kinds.codes.count)],
                status: random.next(20) == 0 ? .inactive : .active, website: "https://org\(n).example", services: services,
                provenance: Provenance(sources: ["synthetic"])
            ))
        }
        return Directory(organisations: organisations, vocabularies: real.vocabularies, regions: real.regions)
    }
}

/// The referral page needs no search.
private struct NoSearch: SearchProvider {
    func searchIDs(_ query: String, limit: Int) throws -> [String] { [] }
}
