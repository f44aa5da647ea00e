import Catalogue
import DirectoryModel

/// A small directory built in code for the line interface tests. The contact values are the ones
/// shared/sources/directory-facts.yaml gives for these organisations.
///
/// Not SanadTestSupport's ``TestDirectory``: the line screens are tested with real labels in
/// four languages (the interview's "Who: Human rights defender") and a directory whose A–Z and
/// search results are known by heart; the shared directory's labels are its codes capitalised.
/// Moving these tests to it is a follow-up (issue 16, item 7).
enum LineFixture {
    static let provenance = Provenance(sources: ["https://protectdefenders.eu/en/supporting-defenders.html"])

    static func text(_ values: [String: String], _ source: String = "en") -> LocalizedText {
        LocalizedText(values, sourceLanguage: source)
    }

    static let vocabularies = Vocabularies(
        kinds: Vocabulary(name: "kinds", terms: [
            .init(code: "ngo", label: text(["en": "NGO", "fr": "ONG", "es": "ONG", "ar": "منظمة غير حكومية"])),
            .init(code: "network", label: text(["en": "Network", "fr": "Réseau", "es": "Red", "ar": "شبكة"])),
        ]),
        services: Vocabulary(name: "services", terms: [
            .init(code: "emergency_response", label: text(["en": "Emergency response", "fr": "Réponse d'urgence", "es": "Respuesta de emergencia", "ar": "الاستجابة الطارئة"])),
        ]),
        beneficiaries: Vocabulary(name: "beneficiaries", terms: [
            .init(code: "hrd", label: text(["en": "Human rights defender", "fr": "Défenseur·e", "es": "Defensor/a", "ar": "مدافع عن حقوق الإنسان"])),
        ]),
        threats: Vocabulary(name: "threats", terms: []),
        contactTypes: Vocabulary(name: "contact_types", terms: [
            .init(code: "phone", label: text(["en": "Phone", "fr": "Téléphone", "es": "Teléfono", "ar": "هاتف"])),
            .init(code: "web_form", label: text(["en": "Web form", "fr": "Formulaire web", "es": "Formulario web", "ar": "نموذج على الويب"])),
        ]),
        languages: Vocabulary(name: "languages", terms: [])
    )

    static let regions = Regions(countries: [], regions: [], bodies: [])

    static let emergencyNumber = "+353 1 21 00 489"

    static let frontLine = Organisation(
        id: "front-line-defenders", name: text(["en": "Front Line Defenders"]),
        alternateNames: ["منظمة الخط الأمامي"], kind: "ngo",
        description: text([
            "en": "Irish foundation that protects human rights defenders at risk worldwide.",
            "ar": "مؤسسة إيرلندية تحمي المدافعين والمدافعات عن حقوق الإنسان المعرضين للخطر في جميع أنحاء العالم.",
        ]),
        website: "https://www.frontlinedefenders.org",
        services: [
            Service(
                id: "emergency-line",
                name: text(["en": "24-hour emergency line", "fr": "Ligne d'urgence 24 h/24", "es": "Línea de emergencia 24 horas", "ar": "خط الطوارئ على مدار الساعة"]),
                types: ["emergency_response"], beneficiaries: ["hrd"], coverage: .global, availability: "24/7",
                contacts: [
                    Contact(type: "phone", value: emergencyNumber, label: text(["en": "24-hour emergency line"]),
                            security: Contact.Security.none, hours: "24/7", emergency: true,
                            source: "https://protectdefenders.eu/en/supporting-defenders.html"),
                ]
            ),
        ],
        provenance: provenance
    )

    static let protectDefenders = Organisation(
        id: "protectdefenders-eu", name: text(["en": "ProtectDefenders.eu"]), kind: "network",
        description: text(["en": "The European Union human rights defenders mechanism, run by a consortium of NGOs."]),
        website: "https://protectdefenders.eu",
        contacts: [
            Contact(type: "web_form", value: "https://protectdefenders.eu/protecting-defenders/",
                    label: text(["en": "Page with the secure contact form"]), security: .transport,
                    source: "https://protectdefenders.eu/protecting-defenders/"),
        ],
        provenance: provenance
    )

    static let directory = Directory(organisations: [frontLine, protectDefenders], vocabularies: vocabularies, regions: regions)

    static let catalogue = Catalogue(directory: directory, index: NameSearch(directory: directory))
}

/// Finds organisations whose name or alternate names contain every word, ignoring case.
struct NameSearch: SearchProvider {
    let directory: Directory

    func searchIDs(_ query: String, limit: Int) throws -> [String] {
        let words = query.lowercased().split(separator: " ")
        guard !words.isEmpty else { return [] }
        return directory.organisations.filter { org in
            let names = (org.name.allValues + org.alternateNames).joined(separator: " ").lowercased()
            return words.allSatisfy { names.contains($0) }
        }.prefix(limit).map(\.id)
    }
}
