import DirectoryModel

/// One ranked programme, with everything needed to explain it.
public struct ReferralResult: ReferredProgramme, Sendable, Hashable {
    public var organisation: Organisation
    public var service: Service
    /// The sum of the signals' points.
    public var score: Int
    /// Every signal, in the order of ``SignalCode``; never empty.
    public var signals: [Signal]
    public var limits: [ReferralLimit]
    /// How many of the defender's needs the programme offers (a tie-breaker).
    public var needsCovered: Int
    /// The programme's own published advice, else the default safe first step.
    public var firstStep: LocalizedText
    /// Current contacts only (programme first, then organisation-wide); never historical ones.
    public var contacts: [Contact]
}

/// One reason a result scored what it did: a code, its points, and the code (need, threat,
/// group, language, country) it is about; the subject is always something the user gave.
public struct Signal: Sendable, Hashable {
    public var code: SignalCode
    public var points: Int
    /// The profile code the signal is about, when there is one.
    public var subject: String?
    /// For ``SignalCode/answersThreat``: the threat the service answers.
    public var threat: String?

    public init(_ code: SignalCode, _ points: Int, subject: String? = nil, threat: String? = nil) {
        self.code = code
        self.points = points
        self.subject = subject
        self.threat = threat
    }
}

/// Something a defender should know before contacting a programme.
public enum ReferralLimit: Sendable, Hashable {
    /// The most a grant gives.
    case fundingCap(currency: String, maximum: Int, note: LocalizedText?)
    /// What the programme does not cover, in the directory's words.
    case excludes(LocalizedText)
    /// A condition to meet, in the directory's words.
    case must(LocalizedText)
    /// Requests come through partner organisations.
    case viaPartner
    /// Requests only by referral; a caseworker or organisation can make one.
    case referralOnly
    /// Admitted after dropping the language match: the languages it works in.
    case otherLanguages([String])
    /// Admitted after widening coverage: it does not list the country.
    case countryNotListed
    /// Admitted after broadening the group: the groups it names.
    case otherGroups([String])
    /// None of the channels the defender can use safely is listed.
    case noListedChannel
    /// A consent note from the intake.
    case consent(LocalizedText)
    /// A risk note (reprisals, publicity).
    case risk(LocalizedText)
    /// The programme costs money.
    case paid

    /// A stable code for programs.
    public var code: String {
        switch self {
        case .fundingCap: "FUNDING_CAP"
        case .excludes: "EXCLUDES"
        case .must: "MUST"
        case .viaPartner: "VIA_PARTNER"
        case .referralOnly: "REFERRAL_ONLY"
        case .otherLanguages: "OTHER_LANGUAGES"
        case .countryNotListed: "COUNTRY_NOT_LISTED"
        case .otherGroups: "OTHER_GROUPS"
        case .noListedChannel: "NO_LISTED_CHANNEL"
        case .consent: "CONSENT"
        case .risk: "RISK"
        case .paid: "PAID"
        }
    }
}
