import Memberwise

/// A controlled list of codes with labels in every UI language: `directory/vocabulary/<name>.yaml`.
///
/// Codes are stable English identifiers (`legal_support`); labels and descriptions are translated.
/// `keywords` are extra words people type for a code (`lawyer`, `avocat`, `محامي`), used by search
/// and by the referral query parser.
@MemberwiseInit
public struct Vocabulary: Sendable, Hashable {
    /// The vocabulary's name, equal to its file name: kinds, services, beneficiaries, threats, contact_types, languages.
    public var name: String
    public var terms: [Term]

    /// One code.
    @MemberwiseInit
    public struct Term: Sendable, Hashable {
        public var code: String
        public var label: LocalizedText
        public var description: LocalizedText?
        /// Extra words per language that mean this code.
        public var keywords: [String: [String]] = [:]
    }

    /// The codes, in file order.
    public var codes: [String] { terms.map(\.code) }

    /// The term with `code`, if any.
    public func term(_ code: String) -> Term? { terms.first { $0.code == code } }

    /// The label of `code` in `language`, or the code itself when unknown.
    public func label(_ code: String, _ language: UILanguage) -> String {
        term(code)?.label.resolved(language) ?? code
    }
}

/// The vocabularies a directory uses, by name.
@MemberwiseInit
public struct Vocabularies: Sendable, Hashable {
    public var kinds: Vocabulary
    public var services: Vocabulary
    public var beneficiaries: Vocabulary
    public var threats: Vocabulary
    public var contactTypes: Vocabulary
    /// ISO 639-1 language codes with their names, for `languages:` fields and `arabic`/`lang:ar` in queries.
    public var languages: Vocabulary
    /// Statuses a programme may require of an applicant (`requires:`). Optional: a directory
    /// without `statuses.yaml` has none, and any `requires` in it is an error.
    public var statuses: Vocabulary = Vocabulary(name: "statuses", terms: [])

    /// The file names (without `.yaml`) a directory must provide.
    public static let requiredNames = ["kinds", "services", "beneficiaries", "threats", "contact_types", "languages"]
    /// The file names a directory may provide besides.
    public static let optionalNames = ["statuses"]

    /// All six, in a fixed order.
    public var all: [Vocabulary] { [kinds, services, beneficiaries, threats, contactTypes, languages] }
}
