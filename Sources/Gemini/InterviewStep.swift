/// The questions of the referral interview, in order. Each answer is one path segment.
public enum InterviewStep: Int, Sendable, Hashable, CaseIterable {
    /// One country, by ISO code or by name in any language (typed).
    case country
    /// Who is at risk: codes of the beneficiaries vocabulary.
    case who
    /// What is happening: codes of the threats vocabulary.
    case threats
    /// The help needed, the most important first: codes of the services vocabulary.
    case needs
    /// Languages the defender reads: ISO 639-1 codes of the languages vocabulary.
    case languages
    /// How soon: one of ``urgencyCodes``.
    case urgency

    /// The urgency answers, as the referral query words understand them.
    public static let urgencyCodes = ["immediate", "days", "weeks", "planning"]

    /// Whether a step takes at most one answer.
    public var isSingle: Bool { self == .country || self == .urgency }

    /// Whether a step is answered by typing only (its choices are too many to list).
    public var isTypedOnly: Bool { self == .country }

    /// The referral query words of an answer: `TN`, `journalist`, `lang:ar`, `immediate`.
    func words(_ codes: [String]) -> [String] {
        self == .languages ? codes.map { "lang:" + $0 } : codes
    }
}
