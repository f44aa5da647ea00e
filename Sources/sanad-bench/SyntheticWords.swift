/// Words the synthetic directory is made of, in en, fr, es and ar, and the queries run over it.
///
/// Every organisation written by ``SyntheticDirectory`` is invented; the words only give the
/// index realistic term statistics in four languages and two scripts.
enum SyntheticWords {
    /// One meaning per row: English, French, Spanish, Arabic (with the article, as written).
    static let table: [(en: String, fr: String, es: String, ar: String)] = [
        ("solidarity", "solidarité", "solidaridad", "التضامن"), ("justice", "justice", "justicia", "العدالة"),
        ("dignity", "dignité", "dignidad", "الكرامة"), ("freedom", "liberté", "libertad", "الحرية"),
        ("rights", "droits", "derechos", "الحقوق"), ("defenders", "défenseurs", "defensores", "المدافعين"),
        ("shield", "bouclier", "escudo", "الدرع"), ("voices", "voix", "voces", "الأصوات"),
        ("horizon", "horizon", "horizonte", "الأفق"), ("bridge", "pont", "puente", "الجسر"),
        ("alliance", "alliance", "alianza", "التحالف"), ("coalition", "coalition", "coalición", "الائتلاف"),
        ("memory", "mémoire", "memoria", "الذاكرة"), ("truth", "vérité", "verdad", "الحقيقة"),
        ("safety", "sécurité", "seguridad", "الأمان"), ("courage", "courage", "valor", "الشجاعة"),
        ("hope", "espoir", "esperanza", "الأمل"), ("future", "avenir", "futuro", "المستقبل"),
        ("community", "communauté", "comunidad", "المجتمع"), ("education", "éducation", "educación", "التعليم"),
        ("health", "santé", "salud", "الصحة"), ("media", "médias", "medios", "الإعلام"),
        ("students", "étudiants", "estudiantes", "الطلاب"), ("workers", "travailleurs", "trabajadores", "العمال"),
        ("refugees", "réfugiés", "refugiados", "اللاجئين"), ("citizens", "citoyens", "ciudadanos", "المواطنين"),
        ("lawyers", "avocats", "abogados", "المحامين"), ("journalists", "journalistes", "periodistas", "الصحفيين"),
        ("women", "femmes", "mujeres", "النساء"), ("youth", "jeunesse", "juventud", "الشباب"),
        ("peace", "paix", "paz", "السلام"), ("land", "terre", "tierra", "الأرض"),
        ("water", "eau", "agua", "المياه"), ("protection", "protection", "protección", "الحماية"),
        ("support", "soutien", "apoyo", "الدعم"), ("action", "action", "acción", "العمل"),
        ("dialogue", "dialogue", "diálogo", "الحوار"), ("equality", "égalité", "igualdad", "المساواة"),
        ("tolerance", "tolérance", "tolerancia", "التسامح"), ("democracy", "démocratie", "democracia", "الديمقراطية"),
    ]

    /// What an organisation calls itself: English, French, Spanish, Arabic.
    static let suffixes: [(en: String, fr: String, es: String, ar: String)] = [
        ("Network", "Réseau", "Red", "شبكة"), ("Fund", "Fonds", "Fondo", "صندوق"),
        ("Centre", "Centre", "Centro", "مركز"), ("Initiative", "Initiative", "Iniciativa", "مبادرة"),
        ("Observatory", "Observatoire", "Observatorio", "مرصد"), ("Foundation", "Fondation", "Fundación", "مؤسسة"),
        ("Forum", "Forum", "Foro", "منتدى"), ("Council", "Conseil", "Consejo", "مجلس"),
        ("Collective", "Collectif", "Colectivo", "تجمع"), ("Association", "Association", "Asociación", "جمعية"),
    ]

    /// Words users type that live in the real vocabularies (labels and keywords).
    static let vocabularyQueries = [
        "lawyer", "avocat", "abogado", "محامي", "emergency", "urgence", "emergencia", "طوارئ",
        "journalist", "periodista", "صحفي", "relocation", "grant", "subvention", "منحة",
        "digital", "numérique", "hacked", "malware", "surveillance", "المراقبة", "trial", "psychosocial",
        "women human rights defenders", "lgbti", "indigenous", "trade union", "academic", "artist",
    ]

    /// Queries that must not break anything.
    static let hostileQueries = [
        "\"", "*", "NEAR(a b)", "a OR b", "-x", "(", ")", "'; DROP TABLE organisation; --", "^x",
        "names:x", "\u{0}", "🙂", "ـــ", String(repeating: "x", count: 10_240),
        String(repeating: "\"*()-:^{} ", count: 1_000), String(repeating: "word ", count: 2_000),
    ]

    /// A few hundred varied queries: whole words in four languages, prefixes as typed, pairs,
    /// Arabic words with attached prefixes and without hamza, countries, vocabulary words,
    /// acronyms, hostile text and words found nowhere.
    static func queries(countries: [String], count: Int = 400) -> [String] {
        var random = SplitMix64(seed: 7)
        var queries: [String] = []
        for row in table { queries += [row.en, row.fr, row.es, row.ar] }
        for row in table.prefix(20) {
            queries.append(String(row.en.prefix(4)))
            queries.append(String(row.fr.prefix(5)))
        }
        for _ in 0..<40 {
            let a = table[random.next(table.count)], b = table[random.next(table.count)]
            queries.append("\(a.en) \(b.en)")
            queries.append("\(a.es) \(b.es.prefix(3))")
        }
        let arabicPrefixes = ["و", "ل", "ب", "وال", "لل", "فال", "بال"]
        for row in table.prefix(25) {
            let bare = String(row.ar.dropFirst(2))
            queries.append(arabicPrefixes[random.next(arabicPrefixes.count)] + bare)
            queries.append(bare.replacingOccurrences(of: "أ", with: "ا").replacingOccurrences(of: "ة", with: "ه"))
        }
        for _ in 0..<40 where !countries.isEmpty { queries.append(countries[random.next(countries.count)]) }
        queries += vocabularyQueries
        for n in stride(from: 1, to: 400, by: 20) { queries.append(SyntheticDirectory.acronym(n)) }
        queries += ["zzzz", "qwertyuiop", "xylophonist", "nothinghere"]
        queries += hostileQueries
        while queries.count < count { queries.append(table[random.next(table.count)].fr) }
        return queries
    }
}

/// A small, fast, seeded generator, so every run synthesises the same directory.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0..<bound`.
    mutating func next(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}
