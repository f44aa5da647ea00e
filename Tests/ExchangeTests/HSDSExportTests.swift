import DirectoryModel
import Foundation
import Testing
@testable import Exchange

/// The HSDS export: what leaves Sanad, with which ids, areas and terms.
@Suite struct HSDSExportTests {
    @Test func uuidVersion5MatchesRFCExample() {
        // RFC 9562's own example: the DNS namespace and "www.example.com".
        let dns = UUID(uuidString: "6ba7b810-9dad-11d1-80b4-00c04fd430c8")!
        #expect(UUIDv5.make(namespace: dns, name: "www.example.com") == "2ed6657d-e927-568b-95e1-2665a8aea6a2")
    }

    /// An organisation with a current, a historical and an unconfirmed contact, and an
    /// unconfirmed programme; and a wholly unconfirmed organisation.
    static func mixed() -> [Organisation] {
        let current = ExchangeFixtures.contact("phone", "+41 22 000 0001")
        let old = ExchangeFixtures.contact("email", "old-desk@example.org", historical: true)
        let unsure = ExchangeFixtures.contact("signal", "+41 22 000 0002", unconfirmed: "Only one blog post gives it.")
        var kept = Service(id: "help", name: LocalizedText("Help line"), types: ["emergency_response"],
                           coverage: Coverage(include: ["CH"]), contacts: [current, old, unsure])
        kept.safetyWarnings = []
        var doubtful = Service(id: "grant", name: LocalizedText("Doubtful grant programme"), types: ["protection_grant"],
                               contacts: [ExchangeFixtures.contact("email", "grants@example.org")])
        doubtful.unconfirmed = LocalizedText("That the programme still runs.")
        let org = Organisation(id: "zz-mixed", name: LocalizedText("Mixed Test Org"), kind: "ngo",
                               description: LocalizedText("Test entry."), services: [kept, doubtful],
                               contacts: [ExchangeFixtures.contact("fax", "+41 22 000 0003", historical: true)],
                               provenance: Provenance(sources: ["https://example.org/source"]))
        var ghost = Organisation(id: "zz-ghost", name: LocalizedText("Ghost Test Org"), kind: "ngo",
                                 services: [Service(id: "s", name: LocalizedText("Ghost service"), types: ["legal_support"])],
                                 provenance: Provenance(sources: ["https://example.org/source"]))
        ghost.unconfirmed = LocalizedText("That it exists.")
        return [org, ghost]
    }

    @Test func nothingHistoricalOrUnconfirmedIsExported() throws {
        let export = HSDSExport(directory: ExchangeFixtures.directory(adding: Self.mixed()), profile: true)
        let organizations = export.organizations()
        let all = ExchangeFixtures.strings(.array(organizations + export.services()))
        #expect(all.contains("+41 22 000 0001"))
        for hidden in ["old-desk@example.org", "+41 22 000 0002", "+41 22 000 0003", "grants@example.org",
                       "Doubtful grant programme", "Ghost Test Org", "Ghost service"] {
            #expect(!all.contains(hidden), "\(hidden) was exported")
        }
        let rows = HSDSTabular.rows(organizations: organizations, taxonomies: [], terms: [])
        let cells = rows.values.flatMap { $0 }.flatMap { $0.values.compactMap(\.string) }
        #expect(cells.contains("+41 22 000 0001"))
        #expect(!cells.contains("+41 22 000 0002") && !cells.contains("old-desk@example.org"))
    }

    @Test func idsDoNotDependOnOrder() {
        var orgs = Self.mixed()
        let first = HSDSExport(directory: ExchangeFixtures.directory(adding: orgs)).organizations()
        orgs[0].services[0].contacts.reverse()
        orgs[0].services[0].contacts.append(ExchangeFixtures.contact("whatsapp", "+41 22 000 0009"))
        let second = HSDSExport(directory: ExchangeFixtures.directory(adding: orgs)).organizations()
        func phoneIDs(_ list: [JSONValue]) -> [String: String] {
            let org = list.first { $0["name"]?.string == "Mixed Test Org" }!
            let phones = org["services"]!.elements[0]["phones"]!.elements
            return Dictionary(uniqueKeysWithValues: phones.map { ($0["number"]!.string!, $0["id"]!.string!) })
        }
        let before = phoneIDs(first), after = phoneIDs(second)
        #expect(before["+41 22 000 0001"] == after["+41 22 000 0001"])
        #expect(before["+41 22 000 0001"] == HSDSIdentifier.phone("zz-mixed", "help", type: "phone", value: "+41 22 000 0001"))
        #expect(after.count == 2)
    }

    @Test func serviceAreasAreOneCountryEach() throws {
        let regions = ExchangeFixtures.directory.regions
        var service = Service(id: "s", name: LocalizedText("S"), types: ["legal_support"],
                              coverage: Coverage(include: ["BODY:au", "REGION:northern-africa"], exclude: ["EG"]))
        let org = Organisation(id: "zz-areas", name: LocalizedText("Areas"), kind: "ngo", services: [service],
                               provenance: Provenance(sources: ["https://example.org"]))
        let export = HSDSExport(directory: ExchangeFixtures.directory(adding: [org]), language: "fr")
        let areas = export.areas(service, of: org)
        let codes = Set(areas.compactMap { $0["uri"]?.string?.replacingOccurrences(of: HSDSExport.countryURIPrefix, with: "") })
        let expected = Set(regions.countries.map(\.code).filter {
            regions.body("au")!.members.contains($0) || regions.region("northern-africa", contains: $0)
        }).subtracting(["EG"])
        #expect(!expected.isEmpty && codes == expected)
        #expect(areas.count == codes.count)
        #expect(areas.first { $0["uri"]?.string == HSDSExport.countryURI("DZ") }?["name"]?.string == regions.country("DZ")!.name.resolved("fr"))

        service.coverage = Coverage(include: ["GLOBAL"], exclude: ["US"])
        let global = export.areas(service, of: org)
        #expect(global.count == regions.countries.count)  // every country but US, plus one worldwide area
        #expect(global.filter { $0["extent_type"]?.string == HSDSExport.globalExtentType }.count == 1)
    }

    @Test func termsCarryTheirLanguage() throws {
        let export = HSDSExport(directory: ExchangeFixtures.directory, language: "ar")
        let terms = export.taxonomyTerms()
        let legal = try #require(terms.first { $0["code"]?.string == "services:legal_support" })
        #expect(legal["language"]?.string == "ar")
        #expect(legal["name"]?.string == ExchangeFixtures.directory.vocabularies.services.term("legal_support")!.label.values["ar"])
        #expect(legal["taxonomy_id"]?.string == HSDSIdentifier.taxonomy("services"))
        #expect(export.taxonomies().count == 7)
    }

    @Test func plainExportHasNoProfileFields() {
        let plain = HSDSExport(directory: ExchangeFixtures.directory).organizations()
        let text = String(decoding: try! JSONValue.array(plain).encoded(), as: UTF8.self)
        for field in ["source", "security", "sanad_id", "safe_first_step", "eligibility", "channel"] {
            let found = text.contains("\"\(field)\":")
            #expect(!found, "\(field) in the plain export")
        }
    }
}

/// Sanad's compact JSON writer against Foundation's parser.
@Suite struct JSONWriterTests {
    @Test func writesWhatFoundationReadsBack() throws {
        let value = JSONValue.object([
            "b": .array([.int(-3), .double(2.5), .bool(true), .null]),
            "a": .string("quote \" backslash \\ slash / line\nbreak tab\t bell \u{07} عربي"),
        ])
        let data = try value.encoded()
        #expect(String(decoding: data, as: UTF8.self).hasPrefix("{\"a\":"))
        #expect(try JSONValue.decode(data) == value)
    }
}
