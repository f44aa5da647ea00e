/// Why a programme was left out of a referral: each hard filter that failed gives one code, so
/// "why not X?" can always be answered.
public enum ExclusionCode: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// The organisation or the programme is inactive.
    case inactive = "INACTIVE"
    /// A UN, regional or national mechanism, and mechanisms were not asked for.
    case mechanismNotWanted = "MECHANISM_NOT_WANTED"
    /// The programme offers none of the needs (or answers none of the threats) given.
    case noService = "NO_SERVICE"
    /// The programme's coverage does not include the country.
    case notCovered = "NOT_COVERED"
    /// The programme serves other groups than the defender's.
    case notEligibleGroup = "NOT_ELIGIBLE_GROUP"
    /// The programme does not take requests from this kind of applicant.
    case applicant = "APPLICANT"
    /// The programme is for defenders in the country and the defender is abroad, or the reverse.
    case location = "LOCATION"
    /// Requests come only by referral or membership.
    case intake = "INTAKE"
    /// The programme works in none of the defender's languages.
    case language = "LANGUAGE"
    /// No current contact or website to reach it by (only historical details are known).
    case noCurrentContact = "NO_CURRENT_CONTACT"
    /// A national body or fund bound to another country than the defender's: never shown, not
    /// even after a relaxation (a Brazilian fund is no help in Kenya).
    case boundElsewhere = "BOUND_ELSEWHERE"
    /// The programme requires a status the profile rules out (a torture survivor when no
    /// physical attack was named, a working journalist when the defender is not a journalist).
    case requiredStatus = "REQUIRED_STATUS"

    public static func < (a: ExclusionCode, b: ExclusionCode) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// One signal that added to (or took from) a result's score, named so it can be explained.
public enum SignalCode: String, Sendable, Hashable, Codable, CaseIterable {
    case primaryNeed = "PRIMARY_NEED"
    case furtherNeed = "FURTHER_NEED"
    /// Offers a broader service that also answers the primary need (a digital helpline for online harassment).
    case broaderNeed = "BROADER_NEED"
    /// Offers a service that typically answers a threat given (when no need was given).
    case answersThreat = "ANSWERS_THREAT"
    case threat = "THREAT"
    case group = "GROUP"
    case coverageCountry = "COVERAGE_COUNTRY"
    case coverageRegion = "COVERAGE_REGION"
    case coverageGlobal = "COVERAGE_GLOBAL"
    /// The directory does not say where the programme works.
    case coverageUnknown = "COVERAGE_UNKNOWN"
    case language = "LANGUAGE"
    case urgencyFit = "URGENCY_FIT"
    case urgencyMismatch = "URGENCY_MISMATCH"
    case secureChannel = "SECURE_CHANNEL"
    case fresh = "FRESH"
    case stale = "STALE"
    /// Admitted only after a relaxation.
    case relaxed = "RELAXED"
    /// Meets every stated condition (the reason given when no other signal applies).
    case eligible = "ELIGIBLE"
}

/// A step taken, in this fixed order, when fewer than ``ReferralOptions/minimumResults`` remain.
/// Coverage is a hard rule (docs/REFERRAL.md): the two coverage steps are kept as codes so older
/// reports still decode, but the engine never takes them (``ReferralEngine/relaxationOrder``).
public enum RelaxationCode: String, Sendable, Hashable, Codable, CaseIterable {
    case language = "LANGUAGE_DROPPED"
    case coverageRegion = "COVERAGE_REGION"
    case coverageGlobal = "COVERAGE_GLOBAL"
    case group = "GROUP_BROADENED"
}

/// Why an entry stands in a pinned block above the ranked list.
public enum PinReason: String, Sendable, Hashable, Codable, CaseIterable {
    /// A 24-hour emergency line: immediate danger or a physical threat.
    case emergency = "EMERGENCY"
    /// A 24/7 digital security helpline: a digital threat.
    case digitalHelpline = "DIGITAL_HELPLINE"
    /// The UN Special Rapporteur on human rights defenders: mechanisms wanted.
    case unMechanism = "UN_MECHANISM"
    /// The regional mechanism of a body the country belongs to: mechanisms wanted.
    case regionalMechanism = "REGIONAL_MECHANISM"
}
