import DirectoryModel

/// A small directory built in code for unit tests: every filter, pin and relaxation has an
/// entry that exercises it. Contact values use reserved example domains and are not real.
///
/// Not SanadTestSupport's ``TestDirectory``: this is the referral engine's test matrix (an
/// entry per rule, with real vocabulary labels and keywords the profile parser reads), data the
/// shared directory must not carry, since every front's golden pages list its organisations.
enum Fixture {
    static let asOf = CalendarDate(year: 2026, month: 11, day: 29)
    static let verified = CalendarDate(year: 2026, month: 11, day: 1)

    static func text(_ en: String, fr: String? = nil, es: String? = nil, ar: String? = nil) -> LocalizedText {
        var values = ["en": en]
        values["fr"] = fr
        values["es"] = es
        values["ar"] = ar
        return LocalizedText(values, sourceLanguage: "en")
    }

    static func term(_ code: String, _ en: String, _ fr: String, _ es: String, _ ar: String, keywords: [String: [String]] = [:]) -> Vocabulary.Term {
        Vocabulary.Term(code: code, label: text(en, fr: fr, es: es, ar: ar), keywords: keywords)
    }

    static let vocabularies = Vocabularies(
        kinds: Vocabulary(name: "kinds", terms: [
            term("ngo", "NGO", "ONG", "ONG", "منظمة غير حكومية"),
            term("fund", "Fund", "Fonds", "Fondo", "صندوق"),
            term("helpline", "Helpline", "Ligne d'assistance", "Línea de ayuda", "خط مساعدة"),
            term("un_mechanism", "UN mechanism", "Mécanisme de l'ONU", "Mecanismo de la ONU", "آلية أممية"),
            term("regional_mechanism", "Regional mechanism", "Mécanisme régional", "Mecanismo regional", "آلية إقليمية"),
            term("national_mechanism", "National mechanism", "Mécanisme national", "Mecanismo nacional", "آلية وطنية"),
        ]),
        services: Vocabulary(name: "services", terms: [
            term("emergency_response", "Emergency response", "Réponse d'urgence", "Respuesta de emergencia", "الاستجابة الطارئة"),
            term("protection_grant", "Protection grant", "Subvention de protection", "Subvención de protección", "منحة حماية", keywords: ["en": ["grant", "money"], "fr": ["subvention"], "es": ["subvención"], "ar": ["منحة"]]),
            term("relocation_temporary", "Temporary relocation", "Relocalisation temporaire", "Reubicación temporal", "النقل المؤقت", keywords: ["en": ["relocation"]]),
            term("academic_placement", "Academic placement", "Accueil universitaire", "Acogida académica", "استضافة أكاديمية"),
            term("legal_support", "Legal support", "Soutien juridique", "Apoyo jurídico", "الدعم القانوني", keywords: ["en": ["lawyer", "legal"], "fr": ["avocat"], "es": ["abogado"], "ar": ["محامي"]]),
            term("digital_incident", "Digital incident response", "Réponse aux incidents numériques", "Respuesta a incidentes digitales", "الاستجابة للحوادث الرقمية"),
            term("account_recovery", "Account recovery", "Récupération de compte", "Recuperación de cuentas", "استعادة الحسابات"),
            term("forensics_malware", "Forensics and malware analysis", "Analyse forensique", "Análisis forense", "التحليل الجنائي الرقمي", keywords: ["en": ["spyware"]]),
            term("advocacy_urgent", "Urgent advocacy", "Plaidoyer urgent", "Incidencia urgente", "المناصرة العاجلة"),
            term("mechanism_complaint", "Complaint to a mechanism", "Plainte auprès d'un mécanisme", "Queja ante un mecanismo", "شكوى إلى آلية"),
            term("psychosocial", "Psychosocial support", "Soutien psychosocial", "Apoyo psicosocial", "الدعم النفسي الاجتماعي"),
            term("org_resilience", "Organisational resilience", "Résilience organisationnelle", "Resiliencia organizativa", "صمود المنظمات"),
            term("physical_security", "Physical security", "Sécurité physique", "Seguridad física", "الأمن الجسدي"),
        ]),
        beneficiaries: Vocabulary(name: "beneficiaries", terms: [
            term("hrd", "Human rights defender", "Défenseur·e des droits humains", "Persona defensora", "مدافع عن حقوق الإنسان", keywords: ["en": ["defender", "activist"]]),
            term("whrd", "Woman human rights defender", "Défenseure des droits humains", "Defensora de derechos humanos", "مدافعة عن حقوق الإنسان", keywords: ["en": ["woman", "women"], "fr": ["femme"], "es": ["mujer", "defensora"]]),
            term("lgbtiq", "LGBTIQ+ defender", "Défenseur·e LGBTIQ+", "Defensor LGBTIQ+", "مدافع عن حقوق مجتمع الميم", keywords: ["en": ["lgbt", "lgbti", "queer", "gay"]]),
            term("journalist", "Journalist", "Journaliste", "Periodista", "صحفي", keywords: ["ar": ["صحفية", "صحافي"]]),
            term("media_outlet", "Media outlet", "Média", "Medio de comunicación", "وسيلة إعلام"),
            term("academic", "Academic", "Universitaire", "Académico", "أكاديمي", keywords: ["en": ["scholar", "professor"]]),
            term("student", "Student", "Étudiant·e", "Estudiante", "طالب"),
            term("land_env_defender", "Land and environmental defender", "Défenseur·e de la terre et de l'environnement", "Defensor de la tierra y el medio ambiente", "مدافع عن الأرض والبيئة", keywords: ["en": ["land", "environment"]]),
            term("indigenous", "Indigenous defender", "Défenseur·e autochtone", "Defensor indígena", "مدافع من الشعوب الأصلية"),
            term("cso", "Civil society organisation", "Organisation de la société civile", "Organización de la sociedad civil", "منظمة مجتمع مدني", keywords: ["en": ["ngo"]]),
        ]),
        threats: Vocabulary(name: "threats", terms: [
            term("physical_attack", "Physical attack", "Agression physique", "Agresión física", "اعتداء جسدي", keywords: ["en": ["attacked", "beaten"]]),
            term("death_threat", "Death threats", "Menaces de mort", "Amenazas de muerte", "تهديد بالقتل"),
            term("arrest_detention", "Arrest or detention", "Arrestation ou détention", "Arresto o detención", "اعتقال أو احتجاز", keywords: ["en": ["arrest", "detained"]]),
            term("judicial_harassment", "Judicial harassment", "Harcèlement judiciaire", "Acoso judicial", "مضايقة قضائية", keywords: ["en": ["prosecution", "charges"]]),
            term("surveillance_physical", "Physical surveillance", "Surveillance physique", "Vigilancia física", "مراقبة جسدية", keywords: ["en": ["surveillance", "followed"], "fr": ["surveillance"], "ar": ["مراقبة"]]),
            term("surveillance_digital", "Digital surveillance", "Surveillance numérique", "Vigilancia digital", "مراقبة رقمية", keywords: ["en": ["surveillance", "spyware"], "fr": ["surveillance"], "ar": ["مراقبة"]]),
            term("account_compromise", "Account compromise", "Compte compromis", "Cuenta comprometida", "اختراق الحساب", keywords: ["en": ["hacked"]]),
            term("online_harassment", "Online harassment", "Harcèlement en ligne", "Acoso en línea", "تحرش إلكتروني"),
            term("org_restriction", "Restrictions on organisations", "Restrictions visant les organisations", "Restricciones a organizaciones", "قيود على المنظمات", keywords: ["en": ["shutdown", "closure"]]),
            term("displacement_exile", "Displacement or exile", "Déplacement ou exil", "Desplazamiento o exilio", "تهجير أو منفى"),
        ]),
        contactTypes: Vocabulary(name: "contact_types", terms: [
            term("phone", "Phone", "Téléphone", "Teléfono", "هاتف"),
            term("email", "E-mail", "Courriel", "Correo electrónico", "بريد إلكتروني"),
            term("signal", "Signal", "Signal", "Signal", "سيغنال"),
            term("web_form", "Web form", "Formulaire web", "Formulario web", "استمارة على الإنترنت"),
            term("website", "Website", "Site web", "Sitio web", "موقع إلكتروني"),
        ]),
        languages: Vocabulary(name: "languages", terms: [
            term("ar", "Arabic", "arabe", "árabe", "العربية", keywords: ["ar": ["عربي"], "en": ["arabic"]]),
            term("en", "English", "anglais", "inglés", "الإنجليزية"),
            term("es", "Spanish", "espagnol", "español", "الإسبانية", keywords: ["es": ["castellano"]]),
            term("fr", "French", "français", "francés", "الفرنسية"),
            term("ru", "Russian", "russe", "ruso", "الروسية"),
            term("tr", "Turkish", "turc", "turco", "التركية"),
            term("pt", "Portuguese", "portugais", "portugués", "البرتغالية"),
        ])
    )

    static func country(_ code: String, _ en: String, _ fr: String, _ es: String, _ ar: String, _ region: String) -> Regions.Country {
        Regions.Country(code: code, name: text(en, fr: fr, es: es, ar: ar), region: region)
    }

    static let regions = Regions(
        countries: [
            country("TN", "Tunisia", "Tunisie", "Túnez", "تونس", "northern-africa"),
            country("DZ", "Algeria", "Algérie", "Argelia", "الجزائر", "northern-africa"),
            country("MA", "Morocco", "Maroc", "Marruecos", "المغرب", "northern-africa"),
            country("KE", "Kenya", "Kenya", "Kenia", "كينيا", "eastern-africa"),
            country("MX", "Mexico", "Mexique", "México", "المكسيك", "central-america"),
            country("HN", "Honduras", "Honduras", "Honduras", "هندوراس", "central-america"),
            country("CR", "Costa Rica", "Costa Rica", "Costa Rica", "كوستاريكا", "central-america"),
            country("SV", "El Salvador", "El Salvador", "El Salvador", "السلفادور", "central-america"),
            country("CO", "Colombia", "Colombie", "Colombia", "كولومبيا", "south-america"),
            country("BR", "Brazil", "Brésil", "Brasil", "البرازيل", "south-america"),
            country("AR", "Argentina", "Argentine", "Argentina", "الأرجنتين", "south-america"),
            country("TR", "Türkiye", "Turquie", "Turquía", "تركيا", "western-asia"),
            country("RU", "Russian Federation", "Russie, Fédération de", "Rusia, Federación de", "روسيا الاتحادية", "eastern-europe"),
            country("IN", "India", "Inde", "India", "الهند", "southern-asia"),
            country("FR", "France", "France", "Francia", "فرنسا", "western-europe"),
        ],
        regions: [
            Regions.Region(code: "africa", name: text("Africa"), parent: nil),
            Regions.Region(code: "northern-africa", name: text("Northern Africa"), parent: "africa"),
            Regions.Region(code: "sub-saharan-africa", name: text("Sub-Saharan Africa"), parent: "africa"),
            Regions.Region(code: "eastern-africa", name: text("Eastern Africa"), parent: "sub-saharan-africa"),
            Regions.Region(code: "americas", name: text("Americas"), parent: nil),
            Regions.Region(code: "latin-america-and-the-caribbean", name: text("Latin America and the Caribbean"), parent: "americas"),
            Regions.Region(code: "central-america", name: text("Central America"), parent: "latin-america-and-the-caribbean"),
            Regions.Region(code: "south-america", name: text("South America"), parent: "latin-america-and-the-caribbean"),
            Regions.Region(code: "asia", name: text("Asia"), parent: nil),
            Regions.Region(code: "western-asia", name: text("Western Asia"), parent: "asia"),
            Regions.Region(code: "southern-asia", name: text("Southern Asia"), parent: "asia"),
            Regions.Region(code: "europe", name: text("Europe"), parent: nil),
            Regions.Region(code: "eastern-europe", name: text("Eastern Europe"), parent: "europe"),
            Regions.Region(code: "western-europe", name: text("Western Europe"), parent: "europe"),
        ],
        bodies: [
            Regions.Body(code: "au", name: text("African Union"), members: ["DZ", "KE", "MA", "TN"], source: "https://example.org/au"),
            Regions.Body(code: "oas", name: text("Organization of American States"), members: ["AR", "BR", "CO", "CR", "HN", "MX", "SV"], source: "https://example.org/oas"),
            Regions.Body(code: "coe", name: text("Council of Europe"), members: ["FR", "TR"], source: "https://example.org/coe"),
            Regions.Body(code: "arab-league", name: text("League of Arab States"), members: ["DZ", "MA", "TN"], source: "https://example.org/al"),
        ]
    )

    static let directory = Directory(organisations: Fixture.organisations, vocabularies: vocabularies, regions: regions)
}
