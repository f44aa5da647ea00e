import DirectoryModel

/// A small directory built in code for the index tests. Names and descriptions are written for
/// the tests; no contact details are needed, so none are given.
///
/// Not SanadTestSupport's ``TestDirectory``: search is tested on names, keywords and
/// translations chosen for ranking and for matching across languages, which the shared
/// directory (stand-in translations, labels that are the codes) must not need to carry.
enum Fixture {
    static let provenance = Provenance(sources: ["test fixture"])

    static func text(_ values: [String: String], _ source: String = "en") -> LocalizedText {
        LocalizedText(values, sourceLanguage: source)
    }

    static let vocabularies = Vocabularies(
        kinds: Vocabulary(name: "kinds", terms: [
            .init(code: "ngo", label: text(["en": "Non-governmental organisation", "fr": "Organisation non gouvernementale", "ar": "منظمة غير حكومية"])),
            .init(code: "helpline", label: text(["en": "Helpline", "fr": "Ligne d'assistance", "ar": "خط مساعدة"])),
            .init(code: "un_mechanism", label: text(["en": "UN mechanism", "fr": "Mécanisme de l'ONU", "ar": "آلية الأمم المتحدة"])),
        ]),
        services: Vocabulary(name: "services", terms: [
            .init(code: "legal_support", label: text(["en": "Legal support", "fr": "Soutien juridique", "es": "Apoyo jurídico", "ar": "الدعم القانوني"]),
                  keywords: ["en": ["lawyer", "court"], "fr": ["avocat"], "es": ["abogado"], "ar": ["محامي"]]),
            .init(code: "emergency_response", label: text(["en": "Emergency response", "fr": "Réponse d'urgence", "ar": "الاستجابة الطارئة"])),
            .init(code: "digital_incident", label: text(["en": "Digital incident response", "fr": "Réponse aux incidents numériques", "ar": "الاستجابة للحوادث الرقمية"]),
                  keywords: ["en": ["hacked", "malware"]]),
            .init(code: "mechanism_complaint", label: text(["en": "Complaint to a mechanism", "fr": "Plainte auprès d'un mécanisme", "ar": "شكوى إلى آلية"])),
        ]),
        beneficiaries: Vocabulary(name: "beneficiaries", terms: [
            .init(code: "hrd", label: text(["en": "Human rights defender", "fr": "Défenseur des droits humains", "ar": "مدافع عن حقوق الإنسان"])),
            .init(code: "journalist", label: text(["en": "Journalist", "fr": "Journaliste", "es": "Periodista", "ar": "صحفي"])),
        ]),
        threats: Vocabulary(name: "threats", terms: [
            .init(code: "surveillance_digital", label: text(["en": "Digital surveillance", "fr": "Surveillance numérique", "ar": "المراقبة الرقمية"])),
        ]),
        contactTypes: Vocabulary(name: "contact_types", terms: [
            .init(code: "phone", label: text(["en": "Phone", "fr": "Téléphone", "ar": "هاتف"])),
        ]),
        languages: Vocabulary(name: "languages", terms: [
            .init(code: "ar", label: text(["en": "Arabic", "fr": "arabe", "ar": "العربية"])),
            .init(code: "en", label: text(["en": "English", "fr": "anglais", "ar": "الإنجليزية"])),
        ])
    )

    static let regions = Regions(
        countries: [
            .init(code: "TN", name: text(["en": "Tunisia", "fr": "Tunisie", "es": "Túnez", "ar": "تونس"]), region: "northern-africa"),
            .init(code: "EG", name: text(["en": "Egypt", "fr": "Égypte", "es": "Egipto", "ar": "مصر"]), region: "northern-africa"),
        ],
        regions: [
            .init(code: "africa", m49: "002", name: text(["en": "Africa", "fr": "Afrique", "es": "África", "ar": "أفريقيا"])),
            .init(code: "northern-africa", m49: "015", name: text(["en": "Northern Africa", "fr": "Afrique du Nord", "es": "África septentrional", "ar": "شمال أفريقيا"]), parent: "africa"),
        ],
        bodies: [
            .init(code: "au", name: text(["en": "African Union", "fr": "Union africaine", "es": "Unión Africana", "ar": "الاتحاد الأفريقي"]),
                  members: ["EG", "TN"], source: "test fixture"),
        ]
    )

    static let frontLine = Organisation(
        id: "front-line-defenders", name: text(["en": "Front Line Defenders"]),
        alternateNames: ["منظمة الخط الأمامي"], kind: "ngo",
        description: text([
            "en": "Irish foundation that protects human rights defenders at risk worldwide.",
            "ar": "مؤسسة إيرلندية تحمي المدافعين عن حقوق الإنسان المعرضين للخطر.",
        ]),
        services: [
            Service(id: "emergency-line", name: text(["en": "24-hour emergency line", "fr": "Ligne d'urgence 24 h/24"]),
                    types: ["emergency_response"], beneficiaries: ["hrd"], coverage: .global),
        ],
        provenance: provenance
    )

    static let federation = Organisation(
        id: "fidh", name: text([
            "en": "International Federation for Human Rights",
            "fr": "Fédération internationale pour les droits humains",
            "es": "Federación Internacional por los Derechos Humanos",
            "ar": "الفدرالية الدولية لحقوق الإنسان",
        ]),
        alternateNames: ["FIDH"], kind: "ngo",
        description: text(["en": "A federation of national human rights organisations."]),
        services: [
            Service(id: "observatory", name: text(["en": "Observatory for the Protection of Human Rights Defenders"]),
                    types: ["legal_support"], beneficiaries: ["hrd"], coverage: Coverage(include: ["BODY:au"])),
        ],
        provenance: provenance
    )

    /// Written with tashkeel, tatweel and ta marbuta, to be found by bare queries.
    static let legalAid = Organisation(
        id: "legal-aid-centre", name: text(["ar": "مَرْكَزُ المُسَاعَدَةِ القَانُونِيَّة", "en": "Legal Aid Centre"], "ar"),
        kind: "ngo", language: "ar",
        description: text(["ar": "يقدّم الدعم لـلمحامين والصحفيين في تونس وحقـــوق العمال."], "ar"),
        services: [
            Service(id: "lawyers", name: text(["ar": "شبكة المحامين", "en": "Lawyers network"], "ar"),
                    types: ["legal_support"], beneficiaries: ["journalist"], coverage: Coverage(include: ["TN"])),
        ],
        provenance: provenance
    )

    static let helpline = Organisation(
        id: "digital-helpline", name: text(["en": "Digital Security Helpline"]), kind: "helpline",
        description: text(["en": "Helps civil society when accounts are compromised.", "fr": "Aide la société civile."]),
        services: [
            Service(id: "helpline", name: text(["en": "Incident response"]), types: ["digital_incident"],
                    coverage: Coverage(include: ["REGION:northern-africa"]), threats: ["surveillance_digital"]),
        ],
        provenance: provenance
    )

    static let rapporteur = Organisation(
        id: "un-sr-hrd", name: text([
            "en": "UN Special Rapporteur on the situation of human rights defenders",
            "ar": "المقررة الخاصة المعنية بحالة المدافعين عن حقوق الإنسان",
        ]),
        kind: "un_mechanism",
        services: [
            Service(id: "communications", name: text(["en": "Individual communications"]),
                    types: ["mechanism_complaint"], coverage: .global),
        ],
        provenance: provenance
    )

    /// Inactive, but people still search for it.
    static let closed = Organisation(
        id: "old-observatory", name: text(["en": "Maghreb Rights Observatory"]), kind: "ngo", status: .inactive,
        services: [], provenance: provenance
    )

    /// Two organisations that index identically, so only their ids can order them.
    static let twins = ["twin-b", "twin-a"].map {
        Organisation(id: $0, name: text(["en": "Solidarity Trust"]), kind: "ngo", provenance: provenance)
    }

    static let organisations = [frontLine, federation, legalAid, helpline, rapporteur, closed] + twins

    static let directory = Directory(organisations: organisations, vocabularies: vocabularies, regions: regions)

    /// A different directory, to tell two index files apart.
    static let otherDirectory = Directory(organisations: [helpline], vocabularies: vocabularies, regions: regions)
}
