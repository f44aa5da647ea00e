import Memberwise

/// A fact about a country as a whole, with no organisation to contact: a law protecting defenders
/// that set up no body (Niger, DR Congo), or a country-wide warning. Lives in
/// `directory/country-notes.yaml`; shown on that country's page, warnings first.
@MemberwiseInit
public struct CountryNote: Sendable, Hashable {
    /// ISO 3166-1 alpha-2 code.
    public var country: String
    public var kind: Kind
    /// What the source says, in our words.
    public var text: LocalizedText
    /// The URL or citation it comes from.
    public var source: String
    /// The date the source shows, or `undated`.
    public var sourceDate: String

    /// What the note is about.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// A law or policy on defenders without a body to contact.
        case law
        /// A warning about the user's safety in the country, shown like an entry's safety warning.
        case warning
    }
}
