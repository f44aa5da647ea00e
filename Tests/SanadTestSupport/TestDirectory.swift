import Catalogue
import DirectoryModel

/// A small fixed directory built in code for the front and server tests: one region with two countries, one
/// body, an organisation with a 24-hour line (an obviously fictional 555-01xx number), a regional
/// fund with an Arabic name, and an inactive one. Nothing here is a real contact detail.
public enum TestDirectory {
    /// A fixed day for catalogues that need "today" (freshness), so no test depends on the day it runs.
    public static let today = CalendarDate(year: 2026, month: 11, day: 29)

    /// The three organisations, with the vocabularies and regions.
    public static func make() -> Directory {
        Directory(organisations: [helpline, fund, closed], vocabularies: vocabularies, regions: regions)
    }

    /// `en` in English, and marked as its own translation in the other languages, so a test sees
    /// which language a page resolved to.
    public static func text(_ en: String) -> LocalizedText {
        LocalizedText(["en": en, "fr": en + " (fr)", "es": en + " (es)", "ar": en + " (ar)"], sourceLanguage: "en")
    }

    private static func vocab(_ name: String, _ codes: [String]) -> Vocabulary {
        Vocabulary(name: name, terms: codes.map { Vocabulary.Term(code: $0, label: text($0.capitalized), description: text("About \($0)")) })
    }

    /// Every code the organisations use; each label is its code capitalised.
    public static var vocabularies: Vocabularies {
        Vocabularies(
            kinds: vocab("kinds", ["ngo", "fund"]),
            services: vocab("services", ["emergency_response", "protection_grant", "legal_support"]),
            beneficiaries: vocab("beneficiaries", ["hrd", "journalist"]),
            threats: vocab("threats", ["death_threat"]),
            contactTypes: vocab("contact_types", ["phone", "email"]),
            languages: vocab("languages", ["ar", "en", "fr"])
        )
    }

    /// Tunisia and Egypt in Northern Africa, in Africa; the African Union.
    public static var regions: Regions {
        Regions(
            countries: [
                .init(code: "TN", name: text("Tunisia"), region: "northern-africa"),
                .init(code: "EG", name: text("Egypt"), region: "northern-africa"),
            ],
            regions: [
                .init(code: "africa", m49: "002", name: text("Africa")),
                .init(code: "northern-africa", m49: "015", name: text("Northern Africa"), parent: "africa"),
            ],
            bodies: [.init(code: "au", name: text("African Union"), members: ["TN", "EG"], source: "test fixture")]
        )
    }

    /// `test-helpline`: a worldwide emergency line (phone, 24/7) and an e-mail address.
    public static var helpline: Organisation {
        Organisation(
            id: "test-helpline", name: LocalizedText("Test Helpline"), kind: "ngo",
            description: text("A fictional organisation that answers defenders at risk around the clock, written long enough to be wrapped at seventy columns."),
            website: "https://helpline.example",
            services: [
                Service(
                    id: "emergency", name: text("Emergency line"), types: ["emergency_response"], beneficiaries: ["hrd"],
                    coverage: .global, urgency: Urgency(emergency: true), contacts: [
                        Contact(type: "phone", value: "+1 202 555 0100", hours: "24/7", emergency: true, source: "https://source.example/a"),
                        Contact(type: "email", value: "help@helpline.example", source: "https://source.example/a", sourceDate: "2026"),
                    ]),
            ],
            provenance: Provenance(sources: ["https://source.example/a"])
        )
    }

    /// `test-fund`: grants for journalists in the African Union's countries, with an Arabic name.
    public static var fund: Organisation {
        Organisation(
            id: "test-fund", name: LocalizedText(["en": "Test Fund", "ar": "صندوق الاختبار"], sourceLanguage: "en"), kind: "fund",
            services: [
                Service(id: "grants", name: text("Grants"), types: ["protection_grant"], beneficiaries: ["journalist"],
                        coverage: Coverage(include: ["BODY:au"]), funding: Funding(currency: "EUR", maximum: 5000)),
            ],
            provenance: Provenance(sources: ["https://source.example/b"])
        )
    }

    /// `test-closed`: an inactive fund without programmes.
    public static var closed: Organisation {
        Organisation(
            id: "test-closed", name: LocalizedText("Closed Test Fund"), kind: "fund", status: .inactive, statusNote: text("Ended."),
            provenance: Provenance(sources: ["https://source.example/c"])
        )
    }

    /// A catalogue of the directory whose search always answers `search`.
    public static func catalogue(search: [String] = ["test-helpline"]) -> Catalogue {
        Catalogue(directory: make(), index: FixedSearch(ids: search))
    }
}
