import DirectoryModel
import TextMatching

/// Builds a ``DefenderProfile`` from free words (one Gopher search box or one line) or from
/// command-line flags, against one directory's vocabularies and regions.
///
/// Free words, left to right, longest phrase first (up to ``maximumPhraseWords`` words):
/// - `lang:xx` names a language by ISO 639-1 code;
/// - a two-letter word is a country code when regions.yaml has it (in lowercase, common function
///   words such as "in", "de", "la" are not read as codes; "UN" in capitals means mechanisms);
/// - country names in every language of regions.yaml, and common short names ("russia");
/// - labels, codes and keywords of the beneficiaries, threats and services vocabularies, in any
///   language: a phrase that names several codes adds all of them ("surveillance" → both
///   surveillance threats), because a missed threat costs more than an extra one and every code
///   added is shown back in the profile as understood;
/// - language names and keywords from the languages vocabulary ("arabic", "العربية", "français");
/// - urgency, exile, mechanism and applicant words (``ProfileWords``).
/// The first need typed is the primary one; the first country wins; the most urgent level wins.
/// Every word that is not understood is returned in ``ParsedProfile/ignoredWords``.
public struct ProfileParser: Sendable {
    /// Longest phrase looked up, in words ("nations unies", "costa rica", "front line defenders").
    public static let maximumPhraseWords = 5
    /// Words read from one query; the rest are returned as ignored.
    public static let maximumWords = 48
    /// Characters read from one query.
    public static let maximumCharacters = 1_000

    let regions: Regions
    let vocabularies: Vocabularies
    /// Normalised phrase (each word through ``MatchText/key(_:)``) → what it means.
    let phrases: [String: [Meaning]]

    /// One thing a phrase can mean.
    enum Meaning: Hashable, Comparable {
        case country(String)
        case who(String)
        case threat(String)
        case need(String)
        case language(String)
        case urgency(DefenderProfile.UrgencyLevel)
        case location(DefenderProfile.Location)
        case mechanisms
        case applicant(DefenderProfile.Applicant)

        static func < (a: Meaning, b: Meaning) -> Bool { String(describing: a) < String(describing: b) }
    }

    public init(directory: Directory) {
        self.init(vocabularies: directory.vocabularies, regions: directory.regions)
    }

    public init(vocabularies: Vocabularies, regions: Regions) {
        self.regions = regions
        self.vocabularies = vocabularies
        var table: [String: Set<Meaning>] = [:]
        func add(_ text: String, _ meaning: Meaning) {
            let words = MatchText.words(text).map(MatchText.key)
            guard !words.isEmpty, words.count <= Self.maximumPhraseWords else { return }
            table[words.joined(separator: " "), default: []].insert(meaning)
        }
        for country in regions.countries {
            for name in country.name.allValues {
                add(name, .country(country.code))
                // "Iran, Islamic Republic of" is also typed "Iran".
                if let comma = name.firstIndex(of: ",") { add(String(name[..<comma]), .country(country.code)) }
            }
        }
        for (alias, code) in ProfileWords.countryAliases where regions.country(code) != nil {
            add(alias, .country(code))
        }
        func addVocabulary(_ vocabulary: Vocabulary, _ meaning: (String) -> Meaning, codes: Bool = true) {
            for term in vocabulary.terms {
                if codes { add(term.code, meaning(term.code)) }
                for label in term.label.allValues { add(label, meaning(term.code)) }
                for language in term.keywords.keys.sorted() {
                    for keyword in term.keywords[language] ?? [] { add(keyword, meaning(term.code)) }
                }
            }
        }
        addVocabulary(vocabularies.beneficiaries, Meaning.who)
        addVocabulary(vocabularies.threats, Meaning.threat)
        addVocabulary(vocabularies.services, Meaning.need)
        // Language codes are not words of their own: "ar" is Argentina; `lang:ar` names Arabic.
        addVocabulary(vocabularies.languages, Meaning.language, codes: false)
        for (level, words) in ProfileWords.urgency { for word in words { add(word, .urgency(level)) } }
        for (place, words) in ProfileWords.location { for word in words { add(word, .location(place)) } }
        for word in ProfileWords.mechanisms { add(word, .mechanisms) }
        for (who, words) in ProfileWords.applicant { for word in words { add(word, .applicant(who)) } }
        self.phrases = table.mapValues { $0.sorted() }
    }

    /// The meanings of one phrase of normalised words, if any (for tests and the interview).
    func meanings(of text: String) -> [Meaning] {
        phrases[MatchText.words(text).map(MatchText.key).joined(separator: " ")] ?? []
    }
}

/// A profile read from free words, with the words that were not understood (built only by
/// ``ProfileParser``, so its initializer is synthesised).
public struct ParsedProfile: Sendable, Hashable {
    public var profile: DefenderProfile
    /// Words that matched nothing, as typed (normalised when one typed word held several).
    public var ignoredWords: [String]
}
