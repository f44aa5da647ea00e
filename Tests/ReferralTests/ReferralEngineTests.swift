import DirectoryModel
import Testing
@testable import Referral

@Suite struct ReferralEngineTests {
    let directory = Fixture.directory

    func refer(_ profile: DefenderProfile, asOf: CalendarDate = Fixture.asOf) -> ReferralReport {
        ReferralEngine.refer(profile, directory: directory, asOf: asOf)
    }

    func keys(_ results: [ReferralResult]) -> [String] { results.map(\.key) }

    func codes(_ report: ReferralReport, _ id: String) -> [ExclusionCode] {
        report.excluded.first { $0.organisationID == id }?.codes ?? []
    }

    // MARK: pinned blocks

    @Test func immediateDangerPinsEmergencyLines() {
        let report = refer(DefenderProfile(country: "TN", urgency: .immediate))
        #expect(report.pinned.map(\.key) == ["global-line/emergency-line"])
        #expect(report.pinned[0].reason == .emergency)
        // Never repeated in the ranked list.
        #expect(!keys(report.allResults).contains("global-line/emergency-line"))
        // The national mechanism's line is for Mexico only, and a mechanism.
        #expect(!report.pinned.contains { $0.organisation.id == "mx-mechanism" })
    }

    @Test func physicalThreatPinsEmergencyLinesWithoutUrgency() {
        let report = refer(DefenderProfile(country: "KE", threats: ["death_threat"], urgency: .weeks))
        #expect(report.pinned.map(\.reason) == [.emergency])
        #expect(refer(DefenderProfile(country: "KE", urgency: .planning)).pinned.isEmpty)
    }

    @Test func digitalThreatPinsHelplinesWithCurrentContactsOnly() {
        let report = refer(DefenderProfile(country: "RU", threats: ["account_compromise"]))
        #expect(report.pinned.map(\.key) == ["digital-help/helpline"])
        #expect(report.pinned[0].reason == .digitalHelpline)
        #expect(report.pinned[0].contacts.map(\.value) == ["help@example.org"])
    }

    @Test func mechanismsPinTheUNRapporteurAndTheCountrysRegionalBody() {
        let tn = refer(DefenderProfile(country: "TN", mechanisms: true))
        #expect(tn.pinned.map(\.key) == ["un-sr-human-rights-defenders/communications", "achpr/rapporteur"])
        #expect(tn.pinned.map(\.reason) == [.unMechanism, .regionalMechanism])
        // Risk and consent notes travel with the pin.
        #expect(tn.pinned[0].notes.count == 2)
        let mx = refer(DefenderProfile(country: "MX", mechanisms: true))
        #expect(mx.pinned.map(\.key) == ["un-sr-human-rights-defenders/communications", "iachr/precautionary"])
        // The national mechanism is ranked, not pinned, when mechanisms are wanted.
        #expect(keys(mx.allResults).contains("mx-mechanism/protection"))
        let none = refer(DefenderProfile(country: "MX"))
        #expect(none.pinned.isEmpty)
        #expect(codes(none, "mx-mechanism") == [.mechanismNotWanted])
    }

    @Test func noCountryPinsOnlyWorldwideLines() {
        let report = refer(DefenderProfile(urgency: .immediate))
        #expect(report.pinned.map(\.key) == ["global-line/emergency-line"])
    }

    // MARK: hard filters

    /// The codes every hard filter gives for one programme, before any relaxation.
    func filterCodes(_ profile: DefenderProfile, _ id: String) -> [ExclusionCode] {
        let index = ReferralIndex(directory: directory)
        let context = ReferralEngine.Context(profile: profile, index: index)
        let o = directory.organisations.firstIndex { $0.id == id }!
        let e = index.entries.firstIndex { $0.organisation == o }!
        return index.entries.withUnsafeBufferPointer { ReferralEngine.evaluate(e, $0.baseAddress! + e, context).codes }
    }

    @Test func filtersGiveReasonCodes() {
        let profile = DefenderProfile(country: "TN", who: ["journalist"], needs: ["legal_support"], languages: ["ar"])
        #expect(filterCodes(profile, "americas-journalists") == [.notCovered, .language])
        #expect(filterCodes(profile, "tn-legal") == [])
        #expect(filterCodes(profile, "mx-mechanism") == [.mechanismNotWanted, .noService, .notCovered])
        let report = refer(profile)
        #expect(codes(report, "old-org") == [.inactive])
        #expect(codes(report, "referral-net") == [.intake])
        #expect(codes(report, "historical-only") == [.noCurrentContact])
        #expect(codes(report, "exile-programme") == [.noService, .notEligibleGroup, .language])
        #expect(codes(report, "lgbti-fund") == [.noService, .notEligibleGroup, .language])
        #expect(codes(report, "org-support") == [.notEligibleGroup, .intake])
        #expect(keys(report.results).first == "tn-legal/lawyers")
        // With one strict result, relaxation is tried (language, then groups) but never widens
        // coverage: the Americas fund, which does not cover Tunisia, stays out.
        #expect(report.relaxations.map(\.code) == [.language, .group])
        #expect(!report.allResults.contains { $0.organisation.id == "americas-journalists" })
    }

    @Test func locationAndApplicantFilters() {
        let abroad = refer(DefenderProfile(country: "HN", location: .abroad, needs: ["physical_security"]))
        #expect(codes(abroad, "in-country-only") == [.location])
        let inside = refer(DefenderProfile(country: "HN", location: .inCountry, needs: ["physical_security"]))
        #expect(keys(inside.allResults).contains("in-country-only/shelter"))
        let person = refer(DefenderProfile(who: ["cso"], applicant: .self, needs: ["org_resilience"]))
        #expect(codes(person, "org-support") == [.applicant, .intake])
        let organisation = refer(DefenderProfile(who: ["cso"], applicant: .organisation, needs: ["org_resilience"]))
        #expect(keys(organisation.results).first == "org-support/resilience")
        #expect(organisation.results.first?.limits.contains(.referralOnly) == false)
    }

    @Test func referralOnlyIsOpenToCaseworkers() {
        let report = refer(DefenderProfile(country: "KE", applicant: .thirdParty, needs: ["advocacy_urgent"]))
        let result = report.allResults.first { $0.organisation.id == "referral-net" }
        #expect(result != nil)
        #expect(result?.limits.contains(.referralOnly) == true)
    }

    @Test func threatsWithoutNeedsSelectServicesThatAnswerThem() {
        let report = refer(DefenderProfile(country: "TN", threats: ["judicial_harassment"]))
        #expect(keys(report.results).first == "tn-legal/lawyers")
        let first = report.results[0]
        #expect(first.signals.contains { $0.code == .answersThreat && $0.subject == "legal_support" && $0.threat == "judicial_harassment" })
        #expect(codes(report, "exile-programme").contains(.noService))
    }

    // MARK: relaxation

    @Test func relaxationIsAnnouncedInOrder() {
        // Turkish speakers in Türkiye needing legal help: the Tunisian network is the only legal service with a language limit.
        let report = refer(DefenderProfile(country: "TR", needs: ["legal_support"], languages: ["tr"]))
        #expect(report.relaxations.map(\.code) == [.language])
        // Coverage is a hard rule: the Tunisian network, which names only Tunisia, is never offered in Türkiye.
        #expect(!keys(report.allResults).contains { $0.hasPrefix("tn-legal/") })
        #expect(codes(report, "tn-legal").contains(.notCovered))
        // Relaxed results say so and rank below strict ones.
        let relaxed = report.allResults.filter { $0.signals.contains { $0.code == .relaxed } }
        let strictScores = report.allResults.filter { !$0.signals.contains { $0.code == .relaxed } }.map(\.score)
        for result in relaxed { #expect(strictScores.allSatisfy { $0 > result.score }) }
    }

    @Test func coverageIsNeverWidened() {
        // An Algerian in need of legal help reads only Arabic: the network names Tunisia, a
        // neighbour, and is still not offered (a wrong-country result is one a caseworker discards).
        let report = refer(DefenderProfile(country: "DZ", needs: ["legal_support"], languages: ["ar"]))
        #expect(!report.relaxations.contains { $0.code == .coverageRegion || $0.code == .coverageGlobal })
        #expect(!keys(report.allResults).contains { $0.hasPrefix("tn-legal/") })
    }

    @Test func nationalMechanismsAreNeverWidened() {
        let report = refer(DefenderProfile(country: "CO", needs: ["physical_security"], mechanisms: true))
        #expect(!report.relaxations.contains { $0.code == .coverageGlobal })
        #expect(!keys(report.allResults).contains("mx-mechanism/protection"))
        #expect(codes(report, "mx-mechanism") == [.notCovered])
    }

    @Test func groupBroadeningAdmitsRelatedGroups() {
        let report = refer(DefenderProfile(location: .abroad, who: ["student"], needs: ["academic_placement"]))
        #expect(keys(report.results) == ["exile-programme/placement"])
        let artist = refer(DefenderProfile(who: ["whrd"], needs: ["relocation_temporary"], languages: ["ru"]))
        #expect(artist.relaxations.map(\.code).last == .group)
        #expect(keys(artist.allResults).contains("lgbti-fund/grants"))
    }

    // MARK: score and order

    @Test func scoreIsTheSumOfNamedWeights() throws {
        let w = ScoreWeights()
        let report = refer(DefenderProfile(country: "TN", who: ["journalist"], threats: ["judicial_harassment", "arrest_detention"],
                                           needs: ["legal_support", "advocacy_urgent"], languages: ["fr", "ar"], urgency: .days))
        let lawyers = try #require(report.allResults.first { $0.organisation.id == "tn-legal" })
        #expect(lawyers.signals.map(\.code) == [.primaryNeed, .threat, .threat, .coverageCountry, .language, .urgencyFit, .secureChannel, .fresh])
        #expect(lawyers.signals.first { $0.code == .language }?.subject == "fr")
        #expect(lawyers.score == w.primaryNeed + 2 * w.threat + w.coverageCountry + w.language + w.urgencyFit + w.secureChannel + w.fresh)
        #expect(lawyers.score == lawyers.signals.reduce(0) { $0 + $1.points })
        #expect(lawyers.needsCovered == 1)
        // A pinned programme is not ranked again: the digital helpline answers a digital threat above the list.
        let digital = refer(DefenderProfile(threats: ["surveillance_digital"], needs: ["digital_incident"]))
        #expect(digital.pinned.map(\.key) == ["digital-help/helpline"])
        #expect(!digital.allResults.contains { $0.organisation.id == "digital-help" })
    }

    @Test func freshnessDependsOnlyOnTheGivenDate() throws {
        let profile = DefenderProfile(country: "KE", needs: ["protection_grant"])
        let now = try #require(refer(profile).allResults.first { $0.organisation.id == "stale-org" })
        #expect(now.signals.contains { $0.code == .stale })
        let then = try #require(refer(profile, asOf: CalendarDate(year: 2022, month: 3, day: 1)).allResults.first { $0.organisation.id == "stale-org" })
        #expect(then.signals.contains { $0.code == .fresh })
        #expect(then.score - now.score == ScoreWeights().fresh - ScoreWeights().stale)
    }

    @Test func urgencyMismatchCounts() throws {
        let report = refer(DefenderProfile(who: ["lgbtiq"], needs: ["protection_grant"], urgency: .immediate))
        let fund = try #require(report.allResults.first { $0.organisation.id == "lgbti-fund" })
        #expect(fund.signals.contains { $0.code == .urgencyMismatch && $0.points == ScoreWeights().urgencyMismatch })
    }

    @Test func orderIsScoreThenNeedsThenSpeedThenId() {
        let report = refer(DefenderProfile(needs: ["protection_grant"]))
        let ranked = report.allResults
        for (a, b) in zip(ranked, ranked.dropFirst()) {
            #expect(a.score >= b.score)
            if a.score == b.score, a.needsCovered == b.needsCovered, a.service.urgency?.firstResponse == nil, b.service.urgency?.firstResponse == nil {
                #expect(a.organisation.id < b.organisation.id)
            }
        }
    }

    @Test func atMostTwoProgrammesPerOrganisationAndFiveShown() {
        var options = ReferralOptions()
        options.shown = 2
        let report = ReferralEngine.refer(DefenderProfile(), directory: directory, asOf: Fixture.asOf, options: options)
        let counts = Dictionary(grouping: report.allResults, by: \.organisation.id).mapValues(\.count)
        #expect(counts["global-line"] == 2)
        #expect(counts.values.allSatisfy { $0 <= 2 })
        #expect(report.results.count == 2)
        #expect(report.more.count == report.allResults.count - 2)
        #expect(ReferralEngine.refer(DefenderProfile(), directory: directory, asOf: Fixture.asOf).results.count == 5)
    }

    @Test func onlyTheFirstResultsAreExplainedTheRestCounted() {
        var options = ReferralOptions()
        options.shown = 1
        options.explained = 2
        let report = ReferralEngine.refer(DefenderProfile(), directory: directory, asOf: Fixture.asOf, options: options)
        #expect(report.results.count == 1 && report.more.count == 1)
        #expect(report.rankedCount > 2)
        #expect(report.plainText(language: .en).contains("\(report.rankedCount - 1) more results not shown."))
        // An organisation ranked past the explained ones is still "ranked", not excluded.
        let lastRanked = report.rankedOrganisations.last!
        #expect(report.whyNot(directory.organisations[lastRanked].id) == .ranked(position: report.rankedCount))
    }

    // MARK: explanations

    @Test func resultsCarryCurrentContactsOnly() {
        let report = refer(DefenderProfile(threats: ["account_compromise"], needs: ["digital_incident"]))
        for entry in report.allResults.flatMap(\.contacts) + report.pinned.flatMap(\.contacts) {
            #expect(!entry.historical)
        }
        #expect(!report.plainText(language: .en).contains("old@example.org"))
        #expect(!report.json(language: .en).contains("old@example.org"))
    }

    @Test func whyNotExplainsEveryOrganisation() {
        let report = refer(DefenderProfile(country: "TN", needs: ["legal_support"], languages: ["ar"], urgency: .immediate))
        #expect(report.whyNot("global-line") == .pinned(.emergency))
        #expect(report.whyNot("tn-legal") == .ranked(position: 1))
        guard case .excluded(let exclusion) = report.whyNot("old-org") else { Issue.record("old-org not excluded"); return }
        #expect(exclusion.codes == [.inactive])
        #expect(report.whyNot("nobody") == .unknown("nobody"))
        let text = report.whyNotText("americas-journalists", language: .en)
        #expect(text.contains("does not cover the country [NOT_COVERED]"))
        #expect(report.whyNotText("old-org", language: .fr).contains("n'est plus actif"))
    }

    @Test func explanationsNeverMentionWhatWasNotGiven() {
        let report = refer(DefenderProfile(needs: ["protection_grant"]))
        let signals = report.allResults.flatMap(\.signals)
        #expect(!signals.contains { [.language, .group, .threat, .coverageCountry, .coverageRegion, .urgencyFit, .urgencyMismatch].contains($0.code) })
        let text = report.plainText(language: .en)
        #expect(!text.contains("Arabic") && !text.contains("Country:"))
    }
}
