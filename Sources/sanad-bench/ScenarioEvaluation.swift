import DirectoryModel
import Foundation
import Referral
import Yams

/// The caseworker scenarios that judge the referral engine (`docs/scenarios/caseworker.yaml`):
/// each a situation written from the sources, the profile a caseworker would enter, the
/// organisations a protection professional expects near the top and those that must not appear.
/// The file is the yardstick, kept apart from the engine so that it judges the engine rather
/// than follows it.
struct ScenarioFile: Decodable {
    var scenarios: [Scenario]
}

/// One caseworker situation.
struct Scenario: Decodable {
    var id: String
    /// One of the five defender regions of `regions.yaml`.
    var region: String
    /// The situation in a caseworker's words.
    var situation: String
    /// The profile exactly as `sanad refer --json` prints it.
    var profile: DefenderProfile
    /// Organisations expected pinned or among the first five ranked results.
    var expect: [String]
    /// Organisations that must appear nowhere in the referral (pinned, ranked or further down).
    var avoid: [String]

    enum CodingKeys: String, CodingKey { case id, region, situation, profile, expect, avoid }

    init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        region = try c.decode(String.self, forKey: .region)
        situation = try c.decode(String.self, forKey: .situation)
        profile = try c.decode(DefenderProfile.self, forKey: .profile)
        expect = try c.decodeIfPresent([String].self, forKey: .expect) ?? []
        avoid = try c.decodeIfPresent([String].self, forKey: .avoid) ?? []
    }
}

/// What the scenarios say about one run of the engine.
struct ScenarioEvaluation {
    /// How many of the first page's ranked results an expectation may rank within.
    static let firstPage = 5

    var expectations = 0
    var met = 0
    /// The `expect` half alone: organisations found pinned or in the first five, of those expected.
    var found = 0
    var expected = 0
    /// Results (pinned or ranked, on any page) for a country their service does not serve.
    var wrongCountry: [String] = []
    /// The rank (1-based, ranked results) of each expected organisation that was ranked at all.
    var ranks: [Int] = []
    /// Expected organisations that were neither pinned nor ranked.
    var absent = 0
    /// Lines for people: one per scenario with what was missed.
    var lines: [String] = []
    var scenarios = 0
    var perRegion: [String: (met: Int, of: Int)] = [:]

    /// Runs every scenario through the engine and scores it.
    static func run(_ file: ScenarioFile, index: ReferralIndex, asOf: CalendarDate) -> ScenarioEvaluation {
        var evaluation = ScenarioEvaluation()
        let regions = index.directory.regions
        for scenario in file.scenarios {
            evaluation.scenarios += 1
            let report = ReferralEngine.refer(scenario.profile, index: index, asOf: asOf)
            let ranked = report.allResults.map(\.organisation.id)
            let topFive = Set(report.allResults.prefix(Self.firstPage).map(\.organisation.id))
            let pinned = Set(report.pinned.map(\.organisation.id))
            var missed: [String] = []
            var regionScore = evaluation.perRegion[scenario.region] ?? (0, 0)
            for id in scenario.expect {
                evaluation.expectations += 1
                evaluation.expected += 1
                regionScore.of += 1
                if let rank = ranked.firstIndex(of: id) { evaluation.ranks.append(rank + 1) } else if !pinned.contains(id) { evaluation.absent += 1 }
                if pinned.contains(id) || topFive.contains(id) {
                    evaluation.met += 1
                    evaluation.found += 1
                    regionScore.met += 1
                } else {
                    missed.append("expected \(id) (\(ranked.firstIndex(of: id).map { "rank \($0 + 1)" } ?? "absent"))")
                }
            }
            for id in scenario.avoid {
                evaluation.expectations += 1
                regionScore.of += 1
                if pinned.contains(id) || ranked.contains(id) {
                    missed.append("must not appear: \(id)")
                } else {
                    evaluation.met += 1
                    regionScore.met += 1
                }
            }
            evaluation.perRegion[scenario.region] = regionScore
            if let country = scenario.profile.country {
                let shown = report.pinned.map { ($0.organisation, $0.service) } + report.allResults.map { ($0.organisation, $0.service) }
                for (organisation, service) in shown where isWrongCountry(service, country: country, regions: regions) {
                    evaluation.wrongCountry.append("\(scenario.id): \(organisation.id)/\(service.id)")
                }
            }
            let top = report.allResults.prefix(Self.firstPage).map(\.organisation.id).joined(separator: ", ")
            evaluation.lines.append("\(scenario.id): " + (missed.isEmpty ? "all met" : missed.joined(separator: "; ")) + "  [top: \(top)]")
        }
        return evaluation
    }

    /// A result for a country its service does not serve: known coverage that leaves the country
    /// out, or a body bound to another country (a national fund or mechanism).
    static func isWrongCountry(_ service: Service, country: String, regions: Regions) -> Bool {
        if let bound = service.boundTo, bound.uppercased() != country.uppercased() { return true }
        guard let coverage = service.coverage else { return false }
        return !coverage.covers(country, in: regions)
    }

    /// The share of expectations met, in per cent.
    var share: Double { expectations == 0 ? 0 : Double(met) * 100 / Double(expectations) }

    /// The mean rank of expected organisations that were ranked.
    var meanRank: Double { ranks.isEmpty ? 0 : Double(ranks.reduce(0, +)) / Double(ranks.count) }

    /// The figures, one per line, then the misses per scenario.
    func report(verbose: Bool) -> [String] {
        var out = [
            "scenarios                 \(scenarios) (\(perRegion.keys.sorted().map { "\($0) \(perRegion[$0]!.met)/\(perRegion[$0]!.of)" }.joined(separator: ", ")))",
            "expectations met          \(met) of \(expectations) (\(String(format: "%.1f", share)) %; target ≥ 90 %)",
            "expected organisations    \(found) of \(expected) pinned or in the first five; \(met - found) of \(expectations - expected) avoided",
            "wrong-country results     \(wrongCountry.count) (target 0)",
            "mean rank of expected     \(String(format: "%.2f", meanRank)) over \(ranks.count) ranked; \(absent) expected organisations neither pinned nor ranked",
        ]
        if verbose {
            out += wrongCountry.map { "  wrong country: " + $0 }
            out += lines.map { "  " + $0 }
        }
        return out
    }

    /// Reads the scenario file.
    static func load(path: String) throws -> ScenarioFile {
        let text = try String(contentsOfFile: path, encoding: .utf8)
        return try YAMLDecoder().decode(ScenarioFile.self, from: text)
    }
}
