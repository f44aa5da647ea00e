import Referral

/// The questions of the referral interview, in order. Each answer is one path segment of
/// ``InterviewPath``; the question table is ``UIText/question(_:)``.
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

    /// The urgency answers: the referral engine's own levels, most urgent first.
    public static let urgencyCodes = DefenderProfile.UrgencyLevel.allCases.map(\.rawValue)

    /// Whether a step takes at most one answer.
    public var isSingle: Bool { self == .country || self == .urgency }

    /// Whether a step is answered by typing only (its choices are too many to list).
    public var isTypedOnly: Bool { self == .country }
}

extension InterviewStep {
    /// The question of the step: the one question table of every front.
    public var question: UIText {
        switch self {
        case .country: return .questionCountry
        case .who: return .questionWho
        case .threats: return .questionThreats
        case .needs: return .questionNeeds
        case .languages: return .questionLanguages
        case .urgency: return .questionUrgency
        }
    }

    /// The short label of the step in the summary of answers.
    public var answerLabel: UIText {
        switch self {
        case .country: return .answerCountry
        case .who: return .answerWho
        case .threats: return .answerThreats
        case .needs: return .answerNeeds
        case .languages: return .answerLanguages
        case .urgency: return .answerUrgency
        }
    }

    /// The label of an urgency answer.
    static func urgencyLabel(_ code: String) -> UIText? {
        switch DefenderProfile.UrgencyLevel(rawValue: code) {
        case .immediate: return .urgencyImmediate
        case .days: return .urgencyDays
        case .weeks: return .urgencyWeeks
        case .planning: return .urgencyPlanning
        case nil: return nil
        }
    }
}
