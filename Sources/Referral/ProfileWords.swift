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

    /// Words that carry no meaning for a profile, per language: dropped silently (never listed
    /// as "not understood", never read as a country code), looked up only after every phrase
    /// (so "en el exilio" and "dans le pays" are still read as phrases).
    static let stopWords: Set<String> = [
        // en
        "the", "a", "an", "my", "our", "his", "her", "their", "its", "was", "were", "is", "are", "be", "been", "has", "have",
        "had", "i", "i'm", "im", "am", "we", "he", "she", "they", "it", "in", "at", "of", "on", "for", "to", "from", "with",
        "and", "or", "by", "this", "that", "who", "which", "me", "him", "them", "us", "your", "you", "please", "help", "got",
        // fr
        "le", "la", "les", "un", "une", "des", "du", "de", "je", "suis", "est", "sont", "mon", "ma", "mes", "son", "sa", "ses",
        "notre", "nos", "il", "elle", "ils", "elles", "nous", "vous", "et", "ou", "au", "aux", "en", "dans", "pour", "par",
        "avec", "sur", "qui", "que", "ete", "été", "aide",
        // es
        "el", "los", "las", "una", "unos", "unas", "del", "al", "y", "o", "con", "por", "para", "mi", "mis", "su", "sus",
        "yo", "es", "soy", "esta", "está", "estoy", "fue", "ha", "han", "me", "se", "lo", "le", "ayuda",
        // ar (after folding: hamza forms and alef maqsura folded)
        "في", "من", "علي", "على", "الي", "إلى", "عن", "انا", "أنا", "هو", "هي", "او", "أو", "مع", "لقد", "قد", "تم", "ان", "أن",
    ]

    /// Phrases that say the next words are help sought, not who the person is: "needs a
    /// lawyer", "no tengo abogado", "besoin d'un avocat", "بحاجة إلى محامٍ" give the need
    /// "legal support", never "Who: lawyer".
    static let needMarkers: [String] = [
        "need", "needs", "need a", "needs a", "need an", "needs an", "needing", "looking for", "wants", "want", "without",
        "no", "has no", "have no", "doesn't have", "does not have", "lacks", "asks for", "asking for",
        "besoin", "besoin de", "a besoin de", "ai besoin de", "cherche", "sans", "pas de", "n'a pas de", "demande",
        "necesito", "necesita", "necesitan", "no tengo", "no tiene", "no tenemos", "sin", "busco", "busca", "falta",
        "احتاج", "أحتاج", "يحتاج", "تحتاج", "بحاجة", "بحاجة الى", "بحاجة إلى", "بدون", "ليس لدي", "ليس لديه", "لا يوجد", "اريد", "أريد", "يريد", "تريد",
    ]

    /// Things that are taken from a person (a document, a device): "my id was taken" is not a
    /// disappearance. Values: whether the thing is a device (its seizure is `device_seized_lost`).
    static let objects: [String: Bool] = [
        "id": false, "passport": false, "papers": false, "documents": false, "card": false,
        "phone": true, "mobile": true, "laptop": true, "computer": true, "device": true, "devices": true,
        "passeport": false, "papiers": false, "carte": false, "téléphone": true, "portable": true, "ordinateur": true,
        "pasaporte": false, "documentos": false, "cédula": false, "teléfono": true, "celular": true, "computadora": true,
        "هويه": false, "جواز": false, "هاتف": true, "جوال": true, "موبايل": true, "حاسوب": true, "جهاز": true,
    ]

    /// Threats that happen to people, dropped when what was taken is a thing (``objects``).
    static let personThreats: Set<String> = ["enforced_disappearance", "arrest_detention"]

    /// Ways people write that a device was seized, in the forms the normaliser leaves (Arabic
    /// verbs without their suffixes: "صادروا هاتفي" → "صادر هاتف").
    static let deviceSeized: [String] = [
        "took my phone", "took phone", "seized my phone", "phone was taken", "phone taken", "phone was seized",
        "laptop was taken", "laptop was seized", "confiscated my phone",
        "téléphone confisqué", "ont pris mon téléphone", "confisqué mon téléphone",
        "me quitaron el teléfono", "me quitaron el celular", "confiscaron mi teléfono", "celular confiscado", "teléfono confiscado",
        "صادر هاتف", "حجز هاتف", "اخذ هاتف", "سرق هاتف", "صادر جهاز", "حجز جهاز", "اخذ جهاز", "صادر حاسوب", "صادر جوال", "اخذ جوال",
    ]
}
