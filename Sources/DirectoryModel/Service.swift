import Memberwise

/// One programme of an organisation: eligibility, coverage and contact differ by programme
/// (a 24-hour line versus a grant), so referral ranks services, not organisations.
public struct Service: Sendable, Hashable, Identifiable {
    /// Unique within its organisation.
    public var id: String
    public var name: LocalizedText
    public var description: LocalizedText?
    public var status: Status
    public var statusNote: LocalizedText?
    /// Codes from the `services` vocabulary.
    public var types: [String]
    /// What the organisation does in this programme.
    public var role: Role?
    /// Codes from the `beneficiaries` vocabulary. Empty means not stated.
    public var beneficiaries: [String]
    /// Who may apply. Empty means not stated.
    public var applicant: [Applicant]
    /// Conditions an applicant must meet, in words.
    public var must: [LocalizedText]
    /// What the programme does not cover, in words.
    public var excludes: [LocalizedText]
    /// Where the defender may be: in the country, abroad, in exile. Empty means not stated.
    public var locations: [Location]
    /// Statuses an applicant must have (a torture survivor, a member, a working journalist), each
    /// with the facts' words.
    public var requires: [Requirement]
    /// The facts' own words on eligibility, beside the fields above.
    public var eligibilityNote: LocalizedText?
    /// ISO 3166-1 country the services are only for (a national fund or mechanism); nil when not bound.
    public var boundTo: String?
    /// What the facts leave unconfirmed about the programme (that it still runs, its terms).
    public var unconfirmed: LocalizedText?
    /// A source's warnings about the user's safety, shown on every front with the programme.
    public var safetyWarnings: [LocalizedText]
    /// Countries, regions and bodies served. `nil` means not stated.
    public var coverage: Coverage?
    /// Codes from the `threats` vocabulary the programme responds to.
    public var threats: [String]
    public var urgency: Urgency?
    /// When the programme answers, in words ("24/7", "office hours, Dublin").
    public var availability: String?
    /// ISO 639-1 codes of the languages the programme works in.
    public var languages: [String]
    public var cost: Cost?
    /// The most a grant gives, where the programme gives money.
    public var funding: Funding?
    public var contacts: [Contact]
    public var intake: Intake?
    /// Warnings specific to this programme.
    public var riskNotes: [LocalizedText]

    public init(
        id: String, name: LocalizedText, description: LocalizedText? = nil, status: Status = .active,
        statusNote: LocalizedText? = nil, types: [String] = [], role: Role? = nil,
        beneficiaries: [String] = [], applicant: [Applicant] = [], must: [LocalizedText] = [],
        excludes: [LocalizedText] = [], location: Location? = nil, coverage: Coverage? = nil,
        threats: [String] = [], urgency: Urgency? = nil, availability: String? = nil,
        languages: [String] = [], cost: Cost? = nil, funding: Funding? = nil,
        contacts: [Contact] = [], intake: Intake? = nil, riskNotes: [LocalizedText] = []
    ) {
        self.id = id
        self.name = name
        self.description = description
        self.status = status
        self.statusNote = statusNote
        self.types = types
        self.role = role
        self.beneficiaries = beneficiaries
        self.applicant = applicant
        self.must = must
        self.excludes = excludes
        self.locations = location.map { [$0] } ?? []
        self.requires = []
        self.eligibilityNote = nil
        self.boundTo = nil
        self.unconfirmed = nil
        self.safetyWarnings = []
        self.coverage = coverage
        self.threats = threats
        self.urgency = urgency
        self.availability = availability
        self.languages = languages
        self.cost = cost
        self.funding = funding
        self.contacts = contacts
        self.intake = intake
        self.riskNotes = riskNotes
    }

    /// What the organisation does in a programme.
    public enum Role: String, Sendable, Hashable, CaseIterable {
        /// Helps the defender itself.
        case provider
        /// Gives money.
        case funder
        /// Passes cases to others.
        case referrer
        /// Takes up cases with authorities or in public.
        case advocate
        /// An intergovernmental or national protection mechanism.
        case mechanism
    }

    /// Who may ask for help.
    public enum Applicant: String, Sendable, Hashable, CaseIterable {
        case `self` = "self"
        case thirdParty = "third_party"
        case organisation
    }

    /// Where a defender may be to use the programme. In a file, `location` is one of these, a
    /// list of them, or `any` (all three).
    public enum Location: String, Sendable, Hashable, CaseIterable {
        case inCountry = "in_country"
        case abroad
        case inExile = "in_exile"
    }

    /// The one place the programme is for, for filters that know only "in the country" and
    /// "abroad": nil when not stated or when both are open. Exile counts as abroad.
    public var location: Location? {
        guard !locations.isEmpty else { return nil }
        let inCountry = locations.contains(.inCountry)
        let outside = locations.contains(.abroad) || locations.contains(.inExile)
        if inCountry && outside { return nil }
        return inCountry ? .inCountry : .abroad
    }

    /// Where the programme is offered: its `coverage`, else the one country it is bound to, else
    /// nil (not stated).
    public var effectiveCoverage: Coverage? {
        coverage ?? boundTo.map { Coverage(include: [$0]) }
    }

    /// Whether the programme says it answers around the clock: `availability` is exactly `24/7`.
    public var isAroundTheClock: Bool { availability == Contact.aroundTheClock }

    /// What the programme costs the defender.
    public enum Cost: String, Sendable, Hashable, CaseIterable {
        case free, paid, varies
    }
}

/// A status an applicant must have, as a code from `vocabulary/statuses.yaml`, with the facts' words.
@MemberwiseInit
public struct Requirement: Sendable, Hashable {
    /// A code from the `statuses` vocabulary (`torture_survivor`, `member`, `working_journalist`).
    public var status: String
    /// The facts' words about it.
    public var note: LocalizedText?
}

/// How fast a programme acts, as ISO 8601 durations.
@MemberwiseInit
public struct Urgency: Sendable, Hashable {
    /// The programme takes emergencies (a 24-hour line, a rapid-response grant).
    public var emergency: Bool = false
    /// Time to a first reply.
    public var firstResponse: ISODuration?
    /// Time to a decision.
    public var decision: ISODuration?
    /// Time until funds arrive.
    public var funds: ISODuration?
}

/// The most a grant gives.
@MemberwiseInit
public struct Funding: Sendable, Hashable {
    /// ISO 4217 currency code.
    public var currency: String
    public var maximum: Int
    public var note: LocalizedText?
}

/// How a request reaches the programme, and how to make it safely.
@MemberwiseInit
public struct Intake: Sendable, Hashable {
    public var mode: Mode?
    /// The safe first message. When absent, the default below applies.
    public var firstMessage: LocalizedText?
    /// What to have ready.
    public var prepare: [LocalizedText] = []
    /// What the defender consents to by applying (for example names sent to a government).
    public var consent: LocalizedText?

    /// Who can start a request.
    public enum Mode: String, Sendable, Hashable, CaseIterable {
        case direct
        case viaPartner = "via_partner"
        case referralOnly = "referral_only"
        case membershipOnly = "membership_only"
    }
}
