import Catalogue
import DirectoryModel

/// A small directory built in code: two countries in one region, one body, three organisations
/// (one with an emergency line and a historical contact, one regional, one inactive).
enum SampleDirectory {
    static func make() -> Directory {
        func text(_ en: String) -> LocalizedText { LocalizedText(["en": en, "fr": en + " (fr)", "es": en + " (es)", "ar": en + " (ar)"], sourceLanguage: "en") }
        func vocab(_ name: String, _ codes: [String]) -> Vocabulary {
            Vocabulary(name: name, terms: codes.map { Vocabulary.Term(code: $0, label: text($0.capitalized), description: text("About \($0)")) })
        }
        let vocabularies = Vocabularies(
            kinds: vocab("kinds", ["ngo", "fund"]),
            services: vocab("services", ["emergency_response", "protection_grant", "legal_support"]),
            beneficiaries: vocab("beneficiaries", ["hrd", "journalist"]),
            threats: vocab("threats", ["death_threat"]),
            contactTypes: vocab("contact_types", ["phone", "email"]),
            languages: vocab("languages", ["ar", "en", "fr"])
        )
        let regions = Regions(
            countries: [
                .init(code: "TN", name: text("Tunisia"), region: "northern-africa"),
                .init(code: "EG", name: text("Egypt"), region: "northern-africa"),
            ],
            regions: [
                .init(code: "africa", m49: "002", name: text("Africa")),
                .init(code: "northern-africa", m49: "015", name: text("Northern Africa"), parent: "africa"),
            ],
            bodies: [.init(code: "au", name: text("African Union"), members: ["TN", "EG"], source: "https://au.int")]
        )
        let verified = CalendarDate(year: 2026, month: 11, day: 29)
        let line = Organisation(
            id: "line", name: LocalizedText("Line Defenders"), kind: "ngo", description: text("Helps defenders."),
            website: "https://line.example",
            services: [
                Service(
                    id: "emergency", name: text("Emergency line"), types: ["emergency_response"], beneficiaries: ["hrd"],
                    coverage: .global, urgency: Urgency(emergency: true), contacts: [
                        Contact(type: "phone", value: "+353 1 21 00 489", hours: "24/7", emergency: true, source: "https://source.example/a"),
                        Contact(type: "email", value: "old@line.example", historical: true, source: "github:x/y file@abc", sourceDate: "2011"),
                    ]),
            ],
            provenance: Provenance(sources: ["https://source.example/a"], lastVerified: verified)
        )
        let regional = Organisation(
            id: "regional", name: LocalizedText("Regional Fund"), kind: "fund",
            services: [
                Service(id: "grants", name: text("Grants"), types: ["protection_grant"], beneficiaries: ["journalist"],
                        coverage: Coverage(include: ["BODY:au"]), funding: Funding(currency: "EUR", maximum: 7500),
                        intake: Intake(firstMessage: LocalizedText("Write to us using the form only."))),
            ],
            provenance: Provenance(sources: ["https://source.example/b"], lastVerified: verified)
        )
        let closed = Organisation(
            id: "closed", name: LocalizedText("Closed Fund"), kind: "fund", status: .inactive, statusNote: text("Ended in 2024."),
            services: [
                Service(id: "old", name: text("Old grants"), types: ["protection_grant"], coverage: .global, contacts: [
                    Contact(type: "phone", value: "+1 202 555 0100", emergency: true, source: "https://source.example/c"),
                ]),
            ],
            provenance: Provenance(sources: ["https://source.example/c"], lastVerified: verified)
        )
        return Directory(organisations: [line, regional, closed], vocabularies: vocabularies, regions: regions)
    }

    static func catalogue(search: [String] = []) -> Catalogue {
        Catalogue(directory: make(), index: FixedSearch(ids: search))
    }
}

/// A search that always answers the same ids.
struct FixedSearch: SearchProvider {
    var ids: [String]
    func searchIDs(_ query: String, limit: Int) throws -> [String] { Array(ids.prefix(limit)) }
}
