import Catalogue
import DirectoryModel
import Gemini
import SanadTestSupport

/// A small directory built in code: one country pair, two organisations (one with a 24-hour line
/// and an Arabic name, one fund), and vocabularies with labels in every UI language.
///
/// Kept here rather than in SanadTestSupport's ``TestDirectory``: the Gemini golden pages check
/// real French and Arabic text (right-to-left lines, a risk note that starts with `#`, keyword
/// labels), which the shared directory's marked stand-in translations ("Grants (fr)") cannot.
enum GeminiSample {
    static func directory() -> Directory {
        func text(_ en: String, _ fr: String, _ es: String, _ ar: String) -> LocalizedText {
            LocalizedText(["en": en, "fr": fr, "es": es, "ar": ar], sourceLanguage: "en")
        }
        func term(_ code: String, _ en: String, _ fr: String, _ es: String, _ ar: String, keywords: [String: [String]] = [:]) -> Vocabulary.Term {
            Vocabulary.Term(code: code, label: text(en, fr, es, ar), keywords: keywords)
        }
        let vocabularies = Vocabularies(
            kinds: Vocabulary(name: "kinds", terms: [term("ngo", "NGO", "ONG", "ONG", "منظمة غير حكومية"), term("fund", "Fund", "Fonds", "Fondo", "صندوق")]),
            services: Vocabulary(name: "services", terms: [
                term("emergency_response", "Emergency response", "Réponse d'urgence", "Respuesta de emergencia", "استجابة طارئة"),
                term("legal_support", "Legal support", "Soutien juridique", "Apoyo jurídico", "دعم قانوني", keywords: ["en": ["lawyer"], "fr": ["avocat"]]),
            ]),
            beneficiaries: Vocabulary(name: "beneficiaries", terms: [
                term("hrd", "Human rights defender", "Défenseur·e des droits humains", "Persona defensora", "مدافع عن حقوق الإنسان"),
                term("journalist", "Journalist", "Journaliste", "Periodista", "صحفي"),
            ]),
            threats: Vocabulary(name: "threats", terms: [
                term("death_threat", "Death threats", "Menaces de mort", "Amenazas de muerte", "تهديد بالقتل", keywords: ["en": ["threat"], "fr": ["menace"]]),
                term("surveillance_digital", "Digital surveillance", "Surveillance numérique", "Vigilancia digital", "مراقبة رقمية"),
                term("surveillance_physical", "Physical surveillance", "Surveillance physique", "Vigilancia física", "مراقبة جسدية"),
            ]),
            contactTypes: Vocabulary(name: "contact_types", terms: [
                term("phone", "Phone", "Téléphone", "Teléfono", "هاتف"), term("email", "E-mail", "Courriel", "Correo", "بريد إلكتروني"),
            ]),
            languages: Vocabulary(name: "languages", terms: [
                term("ar", "Arabic", "arabe", "árabe", "العربية"), term("en", "English", "anglais", "inglés", "الإنجليزية"),
                term("es", "Spanish", "espagnol", "español", "الإسبانية"), term("fr", "French", "français", "francés", "الفرنسية"),
                term("ru", "Russian", "russe", "ruso", "الروسية"),
            ])
        )
        let regions = Regions(
            countries: [
                .init(code: "TN", name: text("Tunisia", "Tunisie", "Túnez", "تونس"), region: "northern-africa"),
                .init(code: "EG", name: text("Egypt", "Égypte", "Egipto", "مصر"), region: "northern-africa"),
            ],
            regions: [
                .init(code: "africa", m49: "002", name: text("Africa", "Afrique", "África", "أفريقيا")),
                .init(code: "northern-africa", m49: "015", name: text("Northern Africa", "Afrique du Nord", "África septentrional", "شمال أفريقيا"), parent: "africa"),
            ],
            bodies: []
        )
        let line = Organisation(
            id: "line", name: LocalizedText(["en": "Line Defenders", "ar": "خط المدافعين"], sourceLanguage: "en"), kind: "ngo",
            description: text("Helps defenders at risk.", "Aide les défenseur·es en danger.", "Ayuda a personas defensoras en riesgo.", "يساعد المدافعين المعرضين للخطر."),
            website: "https://line.example",
            services: [
                Service(
                    id: "emergency", name: text("Emergency line", "Ligne d'urgence", "Línea de emergencia", "خط الطوارئ"),
                    types: ["emergency_response"], beneficiaries: ["hrd"], coverage: .global, urgency: Urgency(emergency: true),
                    availability: "24/7", languages: ["ar", "en", "fr", "ru"],
                    contacts: [Contact(type: "phone", value: "+353 1 21 00 489", hours: "24/7", emergency: true, source: "https://source.example/a")]
                ),
            ],
            riskNotes: [text("# Calls may be monitored.", "# Les appels peuvent être écoutés.", "# Las llamadas pueden ser vigiladas.", "# قد تكون المكالمات مراقبة.")],
            provenance: Provenance(sources: ["https://source.example/a"])
        )
        let fund = Organisation(
            id: "fund", name: LocalizedText("Regional Fund"), kind: "fund",
            services: [
                Service(id: "grants", name: text("Grants", "Subventions", "Subvenciones", "منح"), types: ["legal_support"], beneficiaries: ["journalist"],
                        coverage: Coverage(include: ["TN"]), languages: ["ar", "fr"]),
            ],
            provenance: Provenance(sources: ["https://source.example/b"])
        )
        return Directory(organisations: [line, fund], vocabularies: vocabularies, regions: regions)
    }

    static func catalogue(search: [String] = ["line"]) -> Catalogue {
        Catalogue(directory: directory(), index: FixedSearch(ids: search))
    }
}

/// Shorthand: parse a request line given as text.
func request(_ url: String) throws -> GeminiRequest {
    try GeminiRequest.parse(Array(url.utf8))
}
