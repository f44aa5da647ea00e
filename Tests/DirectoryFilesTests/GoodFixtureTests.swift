import DirectoryFiles
import DirectoryModel
import Testing

/// The good fixture is a small complete directory that lints clean and loads into values.
@Suite struct GoodFixtureTests {
    let load = DirectoryLoader.load(directory: Fixture.path("good"))

    @Test func lintsClean() {
        #expect(load.problems.map(\.description) == [])
        #expect(load.fileCount == 9)
    }

    @Test func buildsTheDirectory() throws {
        let directory = try #require(load.directory)
        #expect(directory.organisations.map(\.id) == ["example-fund", "example-network"])
        #expect(directory.vocabularies.services.codes == ["emergency_response", "protection_grant", "legal_support"])
        #expect(directory.vocabularies.languages.term("ar")?.keywords["ar"] == ["العربية", "عربي"])
        #expect(directory.regions.countries.map(\.code) == ["TN", "IE", "FR", "NO"])
        #expect(directory.regions.region("northern-africa", contains: "TN"))
        #expect(directory.regions.body("eu")?.members == ["FR", "IE"])
    }

    @Test func readsEveryOrganisationField() throws {
        let fund = try #require(load.directory?.organisation("example-fund"))
        #expect(fund.name.resolved(.en) == "Example Fund")
        #expect(fund.alternateNames == ["EF", "صندوق المثال"])
        #expect(fund.kind == "fund")
        #expect(fund.description?.has(.ar) == true)
        #expect(fund.partOf == ["example-network"])
        #expect(fund.contacts.count == 2)
        #expect(fund.contacts[0].pgp == "0123 4567 89AB CDEF 0123  4567 89AB CDEF 0123 4567")
        #expect(fund.contacts[0].security == .e2e)
        #expect(fund.contacts[1].historical && fund.contacts[1].sourceDate == "2011")
        #expect(fund.provenance.lastVerified == CalendarDate(year: 2026, month: 11, day: 29))
        #expect(fund.provenance.sources == ["https://fund.example.org", "Example Fund annual report 2025"])

        let grants = try #require(fund.services.first)
        #expect(grants.types == ["protection_grant"])
        #expect(grants.role == .funder)
        #expect(grants.applicant == [.self, .thirdParty])
        #expect(grants.location == .inCountry)
        // "NO" is quoted in the fixture; REGION and BODY entries are kept as written.
        #expect(grants.coverage?.include == ["REGION:africa", "BODY:eu", "NO"])
        #expect(grants.coverage?.exclude == ["FR"])
        #expect(grants.urgency?.decision?.minutes == 14 * 24 * 60)
        #expect(grants.urgency?.funds?.text == "P30D")
        #expect(grants.funding == Funding(currency: "EUR", maximum: 5000, note: LocalizedText("Per grant.", language: "en")))
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
        #expect(network.name.sourceLanguage == "fr")
    }

    @Test func staleEntriesAreNotesAndNeverErrors() {
        let asOf = CalendarDate(year: 2026, month: 11, day: 29)
        let notes = load.staleEntries(olderThan: 18, asOf: asOf)
        #expect(notes.isEmpty)
        let stale = load.staleEntries(olderThan: 17, asOf: asOf)
        #expect(stale.map(\.severity) == [.note])
        #expect(stale.first?.message == "\"example-network\" was last verified on 2025-06-01, 17 months before 2026-11-29 (limit 17)")
        let report = LintReport(load: load, staleMonths: 3, asOf: asOf)
        #expect(report.exitStatus == 0)
        #expect(report.notes.count == 1)
    }
}
