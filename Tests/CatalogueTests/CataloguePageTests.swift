import Catalogue
import DirectoryModel
import SanadTestSupport
import Testing

@Suite struct CataloguePageTests {
    let catalogue = CatalogueSample.catalogue()

    @Test func rootShowsTheEmergencyNumberBeforeAnyLink() throws {
        let page = try catalogue.page(.root, language: .en)
        let firstField = page.blocks.firstIndex { if case .field = $0 { return true }; return false }
        let firstLink = page.blocks.firstIndex { if case .link = $0 { return true }; return false }
        #expect(firstField != nil && firstLink != nil && firstField! < firstLink!)
        // The line named by who runs it, its hours in words (issue 21).
        #expect(page.blocks.contains { block in
            guard case .field(let label, let value, let note, _) = block else { return false }
            return label == "Test Helpline (Phone)" && value == "+1 202 555 0100" && note?.hasPrefix(UIText.hoursAroundTheClock(.en)) == true
        })
    }

    @Test func inactiveOrganisationsGiveNoEmergencyNumbers() throws {
        for route in [Route.root, .emergency] {
            let text = try catalogue.page(route, language: .en).plainTextLines().joined(separator: "\n")
            #expect(!text.contains("+1 202 555 0199"))
        }
    }

    @Test func historicalContactsAppearOnlyOnTheOrganisationPageLabelled() throws {
        for route in [Route.root, .emergency] {
            let text = try catalogue.page(route, language: .en).plainTextLines().joined(separator: "\n")
            #expect(!text.contains("old@helpline.example"))
        }
        let lines = try catalogue.page(.organisation("test-helpline"), language: .en).plainTextLines()
        let heading = try #require(lines.firstIndex(of: "Older details, not re-checked"))
        let value = try #require(lines.firstIndex(of: "  old@helpline.example"))
        #expect(heading < value)
        #expect(lines[value + 1].contains("source: github:x/y file@abc · source dated 2011, not re-checked"))
    }

    @Test func everyContactShowsItsSourceAndNeverClaimsACheck() throws {
        let lines = try catalogue.page(.organisation("test-helpline"), language: .fr).plainTextLines()
        let value = try #require(lines.firstIndex(of: "  +1 202 555 0100"))
        #expect(lines[value + 1].contains("source: https://source.example/a"))
        #expect(lines[value...].prefix(4).joined(separator: " ").split(separator: " ").joined(separator: " ").contains("source non datée, non revérifiée"))
        #expect(!lines.joined().contains("vérifié 2026"))
    }

    @Test func safeFirstStepIsTheServicesOwnOrTheDefault() throws {
        let line = try catalogue.page(.organisation("test-helpline"), language: .en).plainTextLines().joined(separator: " ")
        #expect(line.contains("Ask for a secure channel first; give no names or details in the first message."))
        let regional = try catalogue.page(.organisation("test-fund"), language: .en).plainTextLines().joined(separator: " ")
        #expect(regional.contains("Write to us using the form only."))
        #expect(regional.contains("Grants up to 5,000 EUR"))
    }

    @Test func countryPageListsRegionalBeforeWorldwide() throws {
        let page = try catalogue.page(.country("TN"), language: .en)
        let labels = page.links.compactMap { if case .link(let label, .organisation) = $0 { return label }; return nil }
        #expect(labels == ["Test Fund", "Test Helpline"])
        // Issue 21: the page starts with the emergency channels covering the country.
        #expect(page.blocks.first == .heading(UIText.emergencyIn(.en, "Tunisia")) || {
            if case .heading(let text) = page.blocks.first { return text.hasPrefix(UIText.emergencyIn(.en, "")) }
            return false
        }())
    }

    @Test func unknownCodesAreNotFound() {
        for route in [Route.organisation("nope"), .country("ZZ"), .region("atlantis"), .service("x"), .az("Q")] {
            #expect(throws: CatalogueError.notFound) { try catalogue.page(route, language: .en) }
        }
    }

    @Test func searchListsHitsOrSaysNothingMatches() throws {
        let hits = try CatalogueSample.catalogue(search: ["test-fund", "missing"]).page(.search("fund"), language: .en)
        #expect(hits.links.first == .link(label: "Test Fund (Fund)", route: .organisation("test-fund")))
        let none = try catalogue.page(.search("zzz"), language: .es).plainTextLines()
        #expect(none.contains("Nada en el directorio coincide con estas palabras."))
        #expect(!none.joined().contains("zzz"))
    }

    @Test func everyPageExistsInEveryLanguage() throws {
        for language in UILanguage.allCases {
            for route in [Route.root, .emergency, .regions, .region("africa"), .services, .beneficiaries, .kinds, .azIndex, .about] {
                let page = try catalogue.page(route, language: language)
                #expect(page.language == language)
                #expect(!page.blocks.isEmpty)
            }
        }
    }
}

/// The About page shows the counts `sanad stats` prints, when the directory has defender regions.
@Suite struct AboutStatisticsTests {
    @Test func theAboutPageShowsTheStatistics() throws {
        var directory = CatalogueSample.make()
        let plain = try Catalogue(directory: directory, index: FixedSearch(ids: [])).page(.about, language: .en).plainTextLines()
        #expect(!plain.contains("The directory in numbers"))
        let r = directory.regions
        directory.regions = Regions(countries: r.countries, regions: r.regions, bodies: r.bodies,
                                    defenderRegions: [.init(code: "mena", name: LocalizedText(["en": "Middle East and North Africa", "fr": "Moyen-Orient et Afrique du Nord"], sourceLanguage: "en"),
                                                            countries: ["TN", "EG"])])
        let expected = DirectoryStatistics(directory).regions[0]
        let catalogue = Catalogue(directory: directory, index: FixedSearch(ids: []))
        let en = try catalogue.page(.about, language: .en).plainTextLines().joined(separator: " ")
        #expect(en.contains("The directory in numbers"))
        #expect(en.contains("Middle East and North Africa"))
        #expect(en.contains("\(expected.entries) entries; \(expected.currentSourcedContact) with a current sourced contact"))
        let fr = try catalogue.page(.about, language: .fr).plainTextLines().joined(separator: " ")
        #expect(fr.contains("L'annuaire en chiffres") && fr.contains("Moyen-Orient et Afrique du Nord"))
        let ar = try catalogue.page(.about, language: .ar).plainTextLines().joined(separator: " ")
        #expect(ar.contains("الدليل بالأرقام"))
        if expected.regionalMechanisms.isEmpty { #expect(en.contains("No regional mechanism")) }
    }
}

/// Contacts say what the schema records: where a toll-free number works, who runs a shared line,
/// and what is unconfirmed (shown only on the organisation's own page).
@Suite struct ContactNoteTests {
    @Test func tollFreeSharedAndUnconfirmedContacts() throws {
        var directory = CatalogueSample.make()
        let index = try #require(directory.organisations.firstIndex { $0.id == "test-fund" })
        directory.organisations[index].contacts += [
            Contact(type: "phone", value: "+216 80 100 100", source: "https://source.example/t", sourceDate: "2020", nationalOnly: "TN"),
            Contact(type: "phone", value: "+1 202 555 0100", source: "https://source.example/s", sourceDate: "undated", operator: "test-helpline"),
            Contact(type: "phone", value: "+216 71 000 000", unconfirmed: LocalizedText("Only a news report gives it."),
                    source: "https://news.example/u", sourceDate: "2024-02-02"),
        ]
        let catalogue = Catalogue(directory: directory, index: FixedSearch(ids: []))
        let page = try catalogue.page(.organisation("test-fund"), language: .en).plainTextLines().joined(separator: " ")
        #expect(page.contains("free, from inside Tunisia only"))
        #expect(page.contains("line run by Test Helpline"))
        #expect(page.contains("Unconfirmed details"))
        #expect(page.contains("unconfirmed: Only a news report gives it."))
        #expect(page.contains("source dated 2020, not re-checked"))
        for route in [Route.root, .emergency] {
            #expect(!(try catalogue.page(route, language: .en).plainTextLines().joined().contains("+216 71 000 000")))
        }
    }
}
