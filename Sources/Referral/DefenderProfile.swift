/// A defender's situation, as a caseworker or the defender describes it: the input of the
/// referral engine. It is never stored or logged; it lives only as long as one request.
///
/// Codes come from the directory's vocabularies (`who` from beneficiaries, `threats` from
/// threats, `needs` from services, `channels` from contact types, `languages` ISO 639-1).
public struct DefenderProfile: Sendable, Hashable, Codable {
    /// ISO 3166-1 alpha-2 code of the country the defender works in (uppercase).
    public var country: String?
    /// Where the defender is now.
    public var location: Location?
    /// Beneficiary codes describing who the defender is (`journalist`, `whrd`, …).
    public var who: [String]
    /// Who is asking for help.
    public var applicant: Applicant?
    /// Threat codes.
    public var threats: [String]
    /// Service codes, the primary need first.
    public var needs: [String]
    /// ISO 639-1 codes of the languages the defender reads, preferred first.
    public var languages: [String]
    public var urgency: UrgencyLevel?
    /// Contact type codes the defender can use safely. Empty means not stated.
    public var channels: [String]
    /// Whether UN and regional mechanisms are wanted.
    public var mechanisms: Bool

    public init(
        country: String? = nil, location: Location? = nil, who: [String] = [], applicant: Applicant? = nil,
        threats: [String] = [], needs: [String] = [], languages: [String] = [], urgency: UrgencyLevel? = nil,
        channels: [String] = [], mechanisms: Bool = false
    ) {
        self.country = country?.uppercased()
        self.location = location
        self.who = who
        self.applicant = applicant
        self.threats = threats
        self.needs = needs
        self.languages = languages
        self.urgency = urgency
        self.channels = channels
        self.mechanisms = mechanisms
    }

    /// The need that matters most, if any.
    public var primaryNeed: String? { needs.first }

    /// Whether nothing at all was said.
    public var isEmpty: Bool { self == DefenderProfile() }

    /// Where the defender is now.
    /// Exile is told apart from a stay abroad because programmes tell them apart (Front Line
    /// Defenders' grants exclude "costs of HRDs already in exile").
    public enum Location: String, Sendable, Hashable, Codable, CaseIterable {
        case inCountry = "in_country"
        case abroad
        case inExile = "in_exile"
    }

    /// Who is asking: the defender, someone on their behalf, or an organisation.
    public enum Applicant: String, Sendable, Hashable, Codable, CaseIterable {
        case `self` = "self"
        case thirdParty = "third_party"
        case organisation
    }

    /// How soon help is needed.
    public enum UrgencyLevel: String, Sendable, Hashable, Codable, CaseIterable {
        case immediate, days, weeks, planning
    }

    enum CodingKeys: String, CodingKey {
        case country, location = "where", who, applicant, threats, needs, languages, urgency, channels, mechanisms
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            country: try c.decodeIfPresent(String.self, forKey: .country),
            location: try c.decodeIfPresent(Location.self, forKey: .location),
            who: try c.decodeIfPresent([String].self, forKey: .who) ?? [],
            applicant: try c.decodeIfPresent(Applicant.self, forKey: .applicant),
            threats: try c.decodeIfPresent([String].self, forKey: .threats) ?? [],
            needs: try c.decodeIfPresent([String].self, forKey: .needs) ?? [],
            languages: try c.decodeIfPresent([String].self, forKey: .languages) ?? [],
            urgency: try c.decodeIfPresent(UrgencyLevel.self, forKey: .urgency),
            channels: try c.decodeIfPresent([String].self, forKey: .channels) ?? [],
            mechanisms: try c.decodeIfPresent(Bool.self, forKey: .mechanisms) ?? false
        )
    }

    /// Encodes every key, absent values as `null`, so programs see one fixed shape.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(country, forKey: .country)
        try c.encode(location, forKey: .location)
        try c.encode(who, forKey: .who)
        try c.encode(applicant, forKey: .applicant)
        try c.encode(threats, forKey: .threats)
        try c.encode(needs, forKey: .needs)
        try c.encode(languages, forKey: .languages)
        try c.encode(urgency, forKey: .urgency)
        try c.encode(channels, forKey: .channels)
        try c.encode(mechanisms, forKey: .mechanisms)
    }
}
