import DirectoryModel
import Testing

/// `sanad stats` counts, on a small hand-built directory.
@Suite struct DirectoryStatisticsTests {
    static let regions = Regions(
        countries: [
            .init(code: "KE", name: LocalizedText("Kenya"), region: "eastern-africa"),
            .init(code: "UG", name: LocalizedText("Uganda"), region: "eastern-africa"),
            .init(code: "TN", name: LocalizedText("Tunisia"), region: "northern-africa"),
            .init(code: "AQ", name: LocalizedText("Antarctica")),
        ],
        regions: [.init(code: "eastern-africa", name: LocalizedText("Eastern Africa")),
                  .init(code: "northern-africa", name: LocalizedText("Northern Africa"))],
        bodies: [.init(code: "au", name: LocalizedText("African Union"), members: ["KE", "UG", "TN"], source: "https://au.int")],
        defenderRegions: [.init(code: "africa", name: LocalizedText("Africa"), countries: ["KE", "UG"]),
                          .init(code: "mena", name: LocalizedText("MENA"), countries: ["TN"])]
    )
    static let vocabularies: Vocabularies = {
        let empty = { (name: String) in Vocabulary(name: name, terms: []) }
        return Vocabularies(kinds: empty("kinds"), services: empty("services"), beneficiaries: empty("beneficiaries"),
                            threats: empty("threats"), contactTypes: empty("contact_types"), languages: empty("languages"))
    }()

    static func org(_ id: String, kind: String = "ngo", status: Status = .active, contacts: [Contact] = [], _ services: [Service]) -> Organisation {
        Organisation(id: id, name: LocalizedText(id), kind: kind, status: status, services: services, contacts: contacts,
                     provenance: Provenance(sources: ["https://example.org"]))
    }

    static func contact(_ value: String, emergency: Bool = false, hours: String? = nil, historical: Bool = false) -> Contact {
        Contact(type: "phone", value: value, hours: hours, emergency: emergency, historical: historical,
                source: "https://example.org", sourceDate: "2024")
    }

    static let directory = Directory(organisations: [
        // Kenya only, with a 24-hour emergency line.
        org("kenya-line", [Service(id: "line", name: LocalizedText("Line"), coverage: Coverage(include: ["KE"]),
                                   contacts: [contact("+254 1", emergency: true, hours: "24/7")])]),
        // Bound to Uganda without coverage; only a historical contact.
        org("uganda-fund", kind: "fund", [{ var s = Service(id: "fund", name: LocalizedText("Fund"), contacts: [contact("+256 1", historical: true)]); s.boundTo = "UG"; return s }()]),
        // The AU: all of Africa here, one of MENA's one country: a mechanism for both (half or more).
        org("au-mechanism", kind: "regional_mechanism", [Service(id: "m", name: LocalizedText("M"), coverage: Coverage(include: ["BODY:au"]),
                                                                 contacts: [contact("+220 1")])]),
        // Global only, and an inactive regional programme: counts for no region.
        org("global", [Service(id: "g", name: LocalizedText("G"), coverage: .global, contacts: [contact("+1 1")]),
                       Service(id: "old", name: LocalizedText("Old"), status: .inactive, coverage: Coverage(include: ["TN"]))]),
        // No stated coverage at all.
        org("nowhere", [Service(id: "n", name: LocalizedText("N"))]),
        // Unconfirmed programme: not offered.
        org("unconfirmed", [{ var s = Service(id: "u", name: LocalizedText("U"), coverage: Coverage(include: ["TN"])); s.unconfirmed = LocalizedText("Closed?"); return s }()]),
    ], vocabularies: vocabularies, regions: regions)

    @Test func countsByKindAndRegion() {
        let stats = DirectoryStatistics(Self.directory)
        #expect(stats.total == 6)
        #expect(stats.kinds == [.init(kind: "fund", count: 1), .init(kind: "ngo", count: 4), .init(kind: "regional_mechanism", count: 1)])
        #expect(stats.global == 1)
        #expect(stats.withoutCoverage == ["nowhere", "unconfirmed"])
        let africa = stats.regions[0], mena = stats.regions[1]
        #expect(africa.code == "africa" && africa.entries == 3)
        #expect(africa.currentSourcedContact == 2)   // the Uganda fund's only contact is historical
        #expect(africa.emergencyChannel == 1 && africa.aroundTheClockChannel == 1)
        #expect(africa.regionalMechanisms == ["au-mechanism"])
        #expect(mena.entries == 1 && mena.regionalMechanisms == ["au-mechanism"])
        #expect(stats.regionsWithoutMechanism.isEmpty)
    }

    @Test func aMechanismReachingLessThanHalfARegionDoesNotCount() {
        var directory = Self.directory
        directory.regions = Regions(countries: Self.regions.countries, regions: Self.regions.regions, bodies: Self.regions.bodies,
                                    defenderRegions: [.init(code: "africa", name: LocalizedText("Africa"), countries: ["KE", "UG"]),
                                                      .init(code: "mena", name: LocalizedText("MENA"), countries: ["TN", "AQ", "XX"])])
        let stats = DirectoryStatistics(directory)
        #expect(stats.regions[1].entries == 1)
        #expect(stats.regions[1].regionalMechanisms.isEmpty)
        #expect(stats.regionsWithoutMechanism == ["mena"])
    }

    @Test func defenderRegionOfACountry() {
        #expect(Self.regions.defenderRegion(of: "ke") == "africa")
        #expect(Self.regions.defenderRegion(of: "TN") == "mena")
        #expect(Self.regions.defenderRegion(of: "AQ") == nil)
        #expect(Self.regions.defenderRegion("mena")?.countries == ["TN"])
    }
}
