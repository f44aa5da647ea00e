import DirectoryFiles
import DirectoryModel
import Testing

/// The good fixture is a small complete directory that lints clean and loads into values.
@Suite struct GoodFixtureTests {
    let load = DirectoryLoader.load(directory: Fixture.path("good"))

    @Test func lintsClean() {
        #expect(load.problems.map(\.description) == [])
        #expect(load.fileCount == 11)
    }

    @Test func buildsTheDirectory() throws {
        let directory = try #require(load.directory)
        #expect(directory.organisations.map(\.id) == ["example-fund", "example-network"])
        #expect(directory.vocabularies.services.codes == ["emergency_response", "protection_grant", "legal_support"])
        #expect(directory.vocabularies.languages.term("ar")?.keywords["ar"] == ["العربية", "عربي"])
        #expect(directory.regions.countries.map(\.code) == ["TN", "IE", "FR", "NO"])
        #expect(directory.regions.region("northern-africa", contains: "TN"))
        #expect(directory.regions.body("eu")?.members == ["FR", "IE"])
        #expect(directory.regions.defenderRegion(of: "TN") == "mena")
        #expect(directory.regions.defenderRegion(of: "no") == "europe-central-asia")
        #expect(directory.regions.defenderRegion(of: "XX") == nil)
        #expect(directory.vocabularies.statuses.codes == ["member"])
        #expect(directory.countryNotes(for: "TN").map(\.kind) == [.warning, .law])
        #expect(directory.countryNotes(for: "TN").last?.sourceDate == "2020")
    }

    @Test func readsEveryOrganisationField() throws {
        let fund = try #require(load.directory?.organisation("example-fund"))
        #expect(fund.name.resolved(.en) == "Example Fund")
        #expect(fund.alternateNames == ["EF", "صندوق المثال"])
        #expect(fund.kind == "fund")
        #expect(fund.description?.has(.ar) == true)
        #expect(fund.partOf == ["example-network"])
        #expect(fund.contacts.count == 4)
        #expect(fund.contacts[0].pgp == "0123 4567 89AB CDEF 0123  4567 89AB CDEF 0123 4567")
        #expect(fund.contacts[0].security == .e2e)
        #expect(fund.contacts[1].historical && fund.contacts[1].sourceDate == "2011")
        #expect(fund.contacts[0].sourceDate == "undated" && fund.contacts[0].checked == nil && fund.contacts[0].isCurrent)
        #expect(fund.contacts[2].unconfirmed?.resolved(.en) == "Only a news report gives this number." && !fund.contacts[2].isCurrent)
        #expect(fund.contacts[3].operator == "example-network")
        #expect(fund.seat == "IE")
        #expect(fund.safetyWarnings.map { $0.resolved(.en) } == ["Contacting the fund may be held against you where it is banned."])
        #expect(fund.provenance.method == "Checked against the fund's website.")
        #expect(fund.provenance.sources == ["https://fund.example.org", "Example Fund annual report 2025"])

        let grants = try #require(fund.services.first)
        #expect(grants.types == ["protection_grant"])
        #expect(grants.role == .funder)
        #expect(grants.applicant == [.self, .thirdParty])
        #expect(grants.locations == [.inCountry, .inExile])
        #expect(grants.location == nil)  // both in the country and outside it: no single place
        #expect(grants.requires == [Requirement(status: "member", note: LocalizedText(["en": "Members of the network only.", "fr": "Membres du réseau uniquement.", "es": "Solo miembros de la red.", "ar": "أعضاء الشبكة فقط."], sourceLanguage: "en"))])
        #expect(grants.eligibilityNote?.resolved(.en) == "Defenders at risk because of their work.")
        #expect(grants.boundTo == nil && grants.effectiveCoverage == grants.coverage)
        // "NO" is quoted in the fixture; REGION and BODY entries are kept as written.
        #expect(grants.coverage?.include == ["REGION:africa", "BODY:eu", "NO"])
        #expect(grants.coverage?.exclude == ["FR"])
        #expect(grants.urgency?.decision?.minutes == 14 * 24 * 60)
        #expect(grants.urgency?.funds?.text == "P30D")
        #expect(grants.funding == Funding(currency: "EUR", maximum: 5000, note: LocalizedText(["en": "Per grant.", "fr": "Par subvention.", "es": "Por subvención.", "ar": "لكل منحة."], sourceLanguage: "en")))
        #expect(grants.intake?.mode == .direct)
        #expect(grants.intake?.prepare.count == 1)
        #expect(grants.cost == .free)
        #expect(grants.name.has(.fr) && !grants.name.has(.ar))
    }

    @Test func plainStringsAreInTheFileLanguage() throws {
        let network = try #require(load.directory?.organisation("example-network"))
        #expect(network.language == "fr")
        let line = try #require(network.services.first)
        #expect(line.name.values == ["fr": "Ligne d'urgence"])
        #expect(line.name.sourceLanguage == "fr")
        #expect(line.urgency?.emergency == true)
        #expect(line.urgency?.firstResponse?.minutes == 120)
        #expect(line.contacts.first?.emergency == true)
        #expect(line.contacts.first?.printed == "06 00 00 00 00")
        #expect(line.contacts.first?.checked == CalendarDate(year: 2025, month: 6, day: 1))
        #expect(line.contacts.first?.isAroundTheClock == true && line.isAroundTheClock)
        #expect(line.contacts.first?.hours == "24/7" && line.contacts.first?.hoursText == nil)
        #expect(line.boundTo == "FR")
        #expect(network.name.sourceLanguage == "fr")
    }

    @Test func staleEntriesAreNotesAndNeverErrors() {
        let asOf = CalendarDate(year: 2026, month: 11, day: 29)
        // Three current contacts were never re-checked: always listed. Historical and unconfirmed ones never are.
        let notes = load.staleEntries(olderThan: 18, asOf: asOf)
        #expect(notes.map(\.message) == [
            "\"grants@fund.example.org\" was never re-checked on its live source",
            "\"+33 6 00 00 00 00\" was never re-checked on its live source",
            "\"https://fund.example.org/apply\" was never re-checked on its live source",
        ])
        let stale = load.staleEntries(olderThan: 17, asOf: asOf)
        #expect(stale.map(\.severity) == [.note, .note, .note, .note])
        #expect(stale.last?.message == "\"+33 6 00 00 00 00\" was last checked on 2025-06-01, 17 months before 2026-11-29 (limit 17)")
        #expect(stale.last?.file.hasSuffix("organisations/example-network.yaml") == true)
        let report = LintReport(load: load, staleMonths: 3, asOf: asOf)
        #expect(report.exitStatus == 0)
        #expect(report.notes.count == 4)
    }
}
