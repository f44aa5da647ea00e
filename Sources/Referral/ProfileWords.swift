/// Built-in words of the free-word profile query that no vocabulary file holds: urgency,
/// where the defender is, whether mechanisms are wanted, who is applying, common short country
/// names, and function words that are never read as country codes. In en, fr, es and ar; all
/// matched after ``MatchText`` normalisation, so accents and Arabic letter forms do not matter.
enum ProfileWords {
    static let urgency: [DefenderProfile.UrgencyLevel: [String]] = [
        .immediate: [
            "urgent", "urgently", "immediate", "immediately", "now", "emergency", "danger", "asap", "today",
            "urgence", "urgente", "immédiat", "immédiate", "maintenant", "aujourd'hui",
            "urgencia", "emergencia", "inmediato", "inmediata", "ahora", "peligro", "hoy",
            "عاجل", "عاجلة", "طوارئ", "طارئ", "طارئة", "خطر", "فوري", "فورا", "الآن",
        ],
        .days: ["days", "soon", "jours", "bientôt", "días", "pronto", "أيام", "قريبا"],
        .weeks: ["weeks", "semaines", "semanas", "أسابيع"],
        .planning: [
            "planning", "plan", "prevention", "preventive", "later",
            "planification", "prévention", "préventif", "planificación", "prevención", "preventivo",
            "تخطيط", "وقاية",
        ],
    ]

    static let location: [DefenderProfile.Location: [String]] = [
        .abroad: [
            "abroad", "à l'étranger", "étranger", "extranjero", "en el extranjero", "exterior", "en el exterior",
            "خارج البلد", "في الخارج",
        ],
        .inExile: [
            "exile", "exiled", "in exile", "refugee",
            "exil", "exilé", "exilée", "en exil", "réfugié", "réfugiée",
            "exilio", "exiliado", "exiliada", "en el exilio", "refugiado", "refugiada",
            "منفى", "المنفى", "في المنفى", "لاجئ", "لاجئة", "منفي", "منفية",
        ],
        .inCountry: ["in country", "inside", "dans le pays", "en el país", "داخل البلد"],
    ]

    static let mechanisms: [String] = [
        "mechanisms", "mechanism", "united nations", "UN mechanisms",
        "mécanismes", "mécanisme", "onu", "nations unies",
        "mecanismos", "mecanismo", "naciones unidas",
        "آليات", "آلية", "الأمم المتحدة",
    ]

    /// "UN" is a mechanism only when typed in capitals: lowercase "un" is a French or Spanish article.
    static let mechanismsCapitalOnly: [String] = ["UN"]

    static let applicant: [DefenderProfile.Applicant: [String]] = [
        .self: ["self", "myself", "moi même", "moi-même", "yo mismo", "yo misma", "نفسي"],
        .thirdParty: ["third party", "for someone", "on behalf", "colleague", "pour quelqu'un", "tiers", "para alguien", "tercero", "نيابة"],
        .organisation: ["organisation", "organization", "our organisation", "notre organisation", "organización", "nuestra organización", "منظمة", "منظمتنا"],
    ]

    /// Two-letter words that are also country codes but, typed in lowercase, are far more often
    /// function words ("in", "de", "la"). Typed in capitals they are country codes.
    static let lowercaseStopWords: Set<String> = [
        "in", "is", "it", "at", "be", "by", "no", "so", "to", "me", "my", "am", "as", "an", "or", "do", "we", "us", "he", "if", "of", "on", "up",
        "de", "la", "le", "et", "il", "se", "si", "ne", "sa", "ce", "du", "au", "en", "es", "el", "lo", "mi", "tu", "ya", "al", "un",
    ]

    /// Short names people type for countries whose ISO names are long ("Iran, Islamic Republic
    /// of"). Used only when regions.yaml has the code.
    static let countryAliases: [String: String] = [
        "russia": "RU", "iran": "IR", "syria": "SY", "turkey": "TR", "türkiye": "TR", "vietnam": "VN",
        "south korea": "KR", "north korea": "KP", "uk": "GB", "britain": "GB", "great britain": "GB",
        "usa": "US", "united states": "US", "saudi": "SA", "saudi arabia": "SA", "palestine": "PS",
        "drc": "CD", "dr congo": "CD", "laos": "LA", "ivory coast": "CI", "burma": "MM", "moldova": "MD",
        "tanzania": "TZ", "bolivia": "BO", "venezuela": "VE", "czech republic": "CZ", "czechia": "CZ",
        "eswatini": "SZ", "swaziland": "SZ", "macedonia": "MK", "north macedonia": "MK", "taiwan": "TW",
        "gaza": "PS", "west bank": "PS", "kosovo": "XK",
        "russie": "RU", "turquie": "TR", "syrie": "SY", "palestine occupée": "PS",
        "rusia": "RU", "turquía": "TR", "siria": "SY",
        "روسيا": "RU", "إيران": "IR", "سوريا": "SY", "سورية": "SY", "تركيا": "TR", "فلسطين": "PS", "السعودية": "SA",
    ]
}
