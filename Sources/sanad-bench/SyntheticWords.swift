import Foundation
import Yams

/// Words the synthetic directory is made of, in en, fr, es and ar, and the queries run over it.
///
/// Every organisation written by ``SyntheticDirectory`` is invented; the words only give the
/// index realistic term statistics in four languages and two scripts.
enum SyntheticWords {
    /// One meaning in four languages.
    typealias Row = (en: String, fr: String, es: String, ar: String)

    /// One meaning per row (Arabic with the article, as written), from `synthetic-words.yaml`.
    static let table = file.rows(\.words)

    /// What an organisation calls itself, from `synthetic-words.yaml`.
    static let suffixes = file.rows(\.suffixes)

    /// The word lists are data, kept as YAML beside the benchmark's other resources; a bench
    /// built without them cannot run, so a missing or broken file stops it at once.
    private static let file: WordsFile = {
        guard let url = Bundle.module.url(forResource: "synthetic-words", withExtension: "yaml"),
              let text = try? String(contentsOf: url, encoding: .utf8),
              let file = try? YAMLDecoder().decode(WordsFile.self, from: text),
              (file.words + file.suffixes).allSatisfy({ $0.count == 4 })
        else { fatalError("sanad-bench: its resource synthetic-words.yaml is missing or not four words a row") }
        return file
    }()

    /// `synthetic-words.yaml`: each row English, French, Spanish, Arabic.
    private struct WordsFile: Decodable {
        var words: [[String]]
        var suffixes: [[String]]

        func rows(_ list: KeyPath<WordsFile, [[String]]>) -> [Row] {
            self[keyPath: list].map { ($0[0], $0[1], $0[2], $0[3]) }
        }
    }

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
