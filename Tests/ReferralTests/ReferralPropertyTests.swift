import DirectoryModel
import Testing
@testable import Referral

/// Properties over many generated profiles (a fixed seed, so every run checks the same ones).
@Suite struct ReferralPropertyTests {
    let directory = Fixture.directory

    func profiles(_ count: Int, seed: UInt64) -> [DefenderProfile] {
        var g = SplitMix(seed: seed)
        let v = directory.vocabularies
        func some(_ codes: [String], _ max: Int) -> [String] {
            var out: [String] = []
            for _ in 0..<Int(g.next() % UInt64(max + 1)) {
                let code = g.pick(codes)
                if !out.contains(code) { out.append(code) }
            }
            return out
        }
        return (0..<count).map { _ in
            DefenderProfile(
                country: g.next() % 5 == 0 ? nil : g.pick(directory.regions.countries.map(\.code)),
                location: g.pick([nil, .inCountry, .abroad]),
                who: some(v.beneficiaries.codes, 2), applicant: g.pick([nil, .self, .thirdParty, .organisation]),
                threats: some(v.threats.codes, 3), needs: some(v.services.codes, 3), languages: some(v.languages.codes, 2),
                urgency: g.pick([nil] + DefenderProfile.UrgencyLevel.allCases), channels: some(v.contactTypes.codes, 2),
                mechanisms: g.next() % 3 == 0
            )
        }
    }

    @Test func sameInputSameOutput() {
        for profile in profiles(150, seed: 1) {
            let a = ReferralEngine.refer(profile, directory: directory, asOf: Fixture.asOf)
            let b = ReferralEngine.refer(profile, directory: directory, asOf: Fixture.asOf)
            #expect(a == b)
            #expect(a.json(language: .ar) == b.json(language: .ar))
            #expect(a.plainText(language: .fr, width: 60) == b.plainText(language: .fr, width: 60))
        }
    }

    @Test func everyResultHasAReason() {
        for profile in profiles(300, seed: 2) {
            let report = ReferralEngine.refer(profile, directory: directory, asOf: Fixture.asOf)
            for result in report.allResults {
                #expect(!result.signals.isEmpty)
                #expect(result.signals.contains { $0.points > 0 } || result.signals.contains { $0.code == .eligible })
                #expect(result.score == result.signals.reduce(0) { $0 + $1.points })
                #expect(result.contacts.allSatisfy { $0.isCurrent })
            }
            #expect(report.results.count <= 5)
            #expect(Dictionary(grouping: report.allResults, by: \.organisation.id).values.allSatisfy { $0.count <= 2 })
            // Every organisation is accounted for exactly once: pinned, ranked or excluded.
            let accounted = Set(report.pinned.map(\.organisation.id) + report.allResults.map(\.organisation.id))
            #expect(report.rankedCount == report.allResults.count)
            #expect(accounted.isDisjoint(with: report.excluded.map(\.organisationID)))
            #expect(accounted.count + report.excluded.count == directory.organisations.count)
            for exclusion in report.excluded { #expect(!exclusion.codes.isEmpty) }
        }
    }

    @Test func pinnedBlocksAreNeverFiltered() {
        var g = SplitMix(seed: 3)
        let v = directory.vocabularies
        for profile in profiles(200, seed: 4) {
            let base = ReferralEngine.refer(profile, directory: directory, asOf: Fixture.asOf)
            // Needs, languages, channels and the applicant filter the ranked list, never the pins.
            var other = profile
            other.needs = [g.pick(v.services.codes)]
            other.languages = [g.pick(v.languages.codes)]
            other.channels = [g.pick(v.contactTypes.codes)]
            other.applicant = g.pick([.self, .thirdParty, .organisation])
            let changed = ReferralEngine.refer(other, directory: directory, asOf: Fixture.asOf)
            #expect(base.pinned.map(\.key) == changed.pinned.map(\.key))
            for pin in base.pinned {
                #expect(pin.service.status == .active && pin.organisation.status == .active)
                #expect(pin.contacts.allSatisfy { $0.isCurrent })
                #expect(!base.excluded.contains { $0.organisationID == pin.organisation.id })
            }
            // In danger, the emergency line is always there (the fixture has one worldwide line for any defender).
            if profile.urgency == .immediate, profile.who.isEmpty || profile.who.contains("hrd") {
                #expect(base.pinned.contains { $0.reason == .emergency })
            }
        }
    }
}
